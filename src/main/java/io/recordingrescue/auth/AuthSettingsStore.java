package io.recordingrescue.auth;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads the sign-in settings from the machine-wide settings file (deployed by IT) and the per-user
 * one; the per-user file wins key by key, and an empty value counts as not set. Saves to the
 * per-user file only, and only the keys that differ from what the machine-wide file and the
 * defaults already give, so a later IT update still reaches the operator. The per-user file may
 * hold the secret, so it is owner-only on POSIX.
 *
 * <p>Each file is checked on its own, so a problem names its file and key ({@link
 * SettingsFileException}): a file that cannot be read, a key set twice with different values, an
 * unknown key (a typo would otherwise be ignored silently), a bad value (http:// to a host other
 * than this machine, a port that is not a number...). Saving checks both files first and writes
 * nothing when either has a problem, so a file the app could not read is never overwritten.
 *
 * <p>Keys: {@value #CLIENT_ID}, {@value #CLIENT_SECRET}, {@value #REDIRECT_PORT}, {@value #SCOPE}
 * (user|admin), {@value #API_BASE_URL}, {@value #AUTHORIZE_URL}, {@value #TOKEN_URL}.
 */
public final class AuthSettingsStore {

  public static final String CLIENT_ID = "webex.clientId";
  public static final String CLIENT_SECRET = "webex.clientSecret";
  public static final String REDIRECT_PORT = "webex.redirectPort";
  public static final String SCOPE = "webex.scope";
  public static final String API_BASE_URL = "webex.apiBaseUrl";
  public static final String AUTHORIZE_URL = "webex.authorizeUrl";
  public static final String TOKEN_URL = "webex.tokenUrl";

  /** Every key a settings file may hold, in the order {@code whoami} shows them. */
  public static final List<String> KEYS =
      List.of(
          CLIENT_ID, CLIENT_SECRET, REDIRECT_PORT, SCOPE, API_BASE_URL, AUTHORIZE_URL, TOKEN_URL);

  private final Path machineFile;
  private final Path userFile;

  public AuthSettingsStore(Path machineFile, Path userFile) {
    this.machineFile = machineFile;
    this.userFile = userFile;
  }

  public Path machineFile() {
    return machineFile;
  }

  public Path userFile() {
    return userFile;
  }

  /**
   * The settings in effect and, for each key a file set, which file: {@code sources} maps a key to
   * the per-user or the machine-wide file; a key not in it has its default.
   */
  public record Loaded(AuthSettings settings, Map<String, Path> sources) {
    public Loaded {
      sources = Map.copyOf(sources);
    }

    public Optional<Path> sourceOf(String key) {
      return Optional.ofNullable(sources.get(key));
    }
  }

  /**
   * Defaults, overlaid by the machine-wide file, overlaid by the per-user file.
   *
   * @throws SettingsFileException naming the file (and key) at fault
   */
  public AuthSettings load() {
    return loadWithSources().settings();
  }

  /** As {@link #load()}, with where each value came from. */
  public Loaded loadWithSources() {
    Map<String, String> machine = readChecked(machineFile);
    Map<String, String> user = readChecked(userFile);
    Map<String, String> merged = new LinkedHashMap<>(machine);
    merged.putAll(user);
    Map<String, Path> sources = new LinkedHashMap<>();
    for (String key : KEYS) {
      if (user.containsKey(key)) {
        sources.put(key, userFile);
      } else if (machine.containsKey(key)) {
        sources.put(key, machineFile);
      }
    }
    return new Loaded(fromValues(merged, AuthSettings.webexDefaults()), sources);
  }

  /**
   * Writes what differs from the machine-wide file and defaults to the per-user file.
   *
   * @throws SettingsFileException when either file has a problem: nothing is written then
   */
  public void save(AuthSettings settings) {
    AuthSettings base = fromValues(readChecked(machineFile), AuthSettings.webexDefaults());
    readChecked(userFile); // never replace a file the app could not read
    Properties out = new Properties();
    putIfDifferent(out, CLIENT_ID, settings.clientId(), base.clientId());
    putIfDifferent(out, CLIENT_SECRET, settings.clientSecret(), base.clientSecret());
    putIfDifferent(
        out,
        REDIRECT_PORT,
        Integer.toString(settings.redirectPort()),
        Integer.toString(base.redirectPort()));
    putIfDifferent(out, SCOPE, scopeName(settings.scopeSet()), scopeName(base.scopeSet()));
    putIfDifferent(
        out, API_BASE_URL, settings.apiBaseUrl().toString(), base.apiBaseUrl().toString());
    putIfDifferent(
        out, AUTHORIZE_URL, settings.authorizeUrl().toString(), base.authorizeUrl().toString());
    putIfDifferent(out, TOKEN_URL, settings.tokenUrl().toString(), base.tokenUrl().toString());
    try {
      OwnerOnlyFiles.createPrivateDirectories(userFile.getParent());
      OwnerOnlyFiles.writeAtomically(
          userFile,
          tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
              out.store(w, "Recording Rescue sign-in settings (this user)");
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not save settings to " + userFile + ": " + e.getClass().getSimpleName(), e);
    }
  }

  private static void putIfDifferent(Properties out, String key, String value, String base) {
    if (!value.equals(base)) {
      out.setProperty(key, value);
    }
  }

  private static String scopeName(ScopeSet scopeSet) {
    return scopeSet.name().toLowerCase(Locale.ROOT);
  }

  /** Values already checked by {@link #readChecked}, over {@code defaults}. */
  private static AuthSettings fromValues(Map<String, String> p, AuthSettings defaults) {
    return new AuthSettings(
        p.getOrDefault(CLIENT_ID, defaults.clientId()),
        p.getOrDefault(CLIENT_SECRET, defaults.clientSecret()),
        p.containsKey(REDIRECT_PORT)
            ? Integer.parseInt(p.get(REDIRECT_PORT))
            : defaults.redirectPort(),
        p.containsKey(SCOPE) ? ScopeSet.parse(p.get(SCOPE), SCOPE) : defaults.scopeSet(),
        p.containsKey(API_BASE_URL) ? URI.create(p.get(API_BASE_URL)) : defaults.apiBaseUrl(),
        p.containsKey(AUTHORIZE_URL) ? URI.create(p.get(AUTHORIZE_URL)) : defaults.authorizeUrl(),
        p.containsKey(TOKEN_URL) ? URI.create(p.get(TOKEN_URL)) : defaults.tokenUrl());
  }

  /**
   * The file's non-empty values, trimmed; empty when there is no file. Every key is known and every
   * value valid, or this throws naming the file and the key.
   */
  static Map<String, String> readChecked(Path file) {
    Map<String, String> values = new LinkedHashMap<>();
    if (file == null || Files.notExists(file)) {
      return values;
    }
    if (!Files.isRegularFile(file)) {
      throw new SettingsFileException(file, null, "is not a file, so it cannot be read.");
    }
    DuplicateCatchingProperties p = new DuplicateCatchingProperties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (CharacterCodingException e) {
      throw new SettingsFileException(file, null, "is not UTF-8 text, so it cannot be read.", e);
    } catch (IOException e) {
      throw new SettingsFileException(
          file, null, "could not be read (" + e.getClass().getSimpleName() + ").", e);
    } catch (IllegalArgumentException e) { // a malformed \\uXXXX escape
      throw new SettingsFileException(file, null, "could not be read: " + e.getMessage() + ".", e);
    }
    if (p.contradiction != null) {
      String key = p.contradiction;
      throw new SettingsFileException(
          file,
          key,
          "is set more than once with different values"
              + (key.equals(CLIENT_SECRET) ? "" : " (" + p.contradictingValues + ")")
              + "; the file contradicts itself, so no value is used.");
    }
    for (String key : p.stringPropertyNames().stream().sorted().toList()) {
      if (!KEYS.contains(key)) {
        throw new SettingsFileException(file, key, unknownKeyProblem(key));
      }
      String value = p.getProperty(key).strip();
      if (!value.isEmpty()) {
        checkValue(file, key, value);
        values.put(key, value);
      }
    }
    return values;
  }

  private static void checkValue(Path file, String key, String value) {
    switch (key) {
      case REDIRECT_PORT -> {
        int port;
        try {
          port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
          throw new SettingsFileException(
              file, key, "must be a port number, not \"" + value + "\".", e);
        }
        if (port < 1 || port > 65535) {
          throw new SettingsFileException(
              file, key, "must be between 1 and 65535, not " + port + ".");
        }
      }
      case SCOPE -> {
        try {
          ScopeSet.parse(value, key);
        } catch (IllegalArgumentException e) {
          throw new SettingsFileException(
              file, key, "must be \"user\" or \"admin\", not \"" + value + "\".", e);
        }
      }
      case API_BASE_URL, AUTHORIZE_URL, TOKEN_URL -> {
        URI url;
        try {
          url = new URI(value);
        } catch (URISyntaxException e) {
          throw new SettingsFileException(file, key, "is not a valid URL: \"" + value + "\".", e);
        }
        String problem = AuthSettings.insecureUrlProblem(url);
        if (problem != null) {
          throw new SettingsFileException(file, key, problem + ".");
        }
      }
      default -> {
        // client id and secret: any text
      }
    }
  }

  private static String unknownKeyProblem(String key) {
    String nearest =
        KEYS.stream()
            .min(Comparator.comparingInt(known -> editDistance(known, key)))
            .filter(known -> editDistance(known, key) <= 3)
            .orElse(null);
    return "is not a setting Recording Rescue knows"
        + (nearest == null ? "" : " (did you mean " + nearest + "?)")
        + ". Known keys: "
        + String.join(", ", KEYS)
        + ".";
  }

  /** Levenshtein distance, ignoring case: enough to suggest the key a typo meant. */
  static int editDistance(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }

  /**
   * Properties that remember the first key {@link #load} met twice with different values (plain
   * Properties keeps the last one silently).
   */
  private static final class DuplicateCatchingProperties extends Properties {
    private static final long serialVersionUID = 1L;

    private String contradiction;
    private String contradictingValues;

    @Override
    public synchronized Object put(Object key, Object value) {
      Object previous = super.put(key, value);
      String earlier = previous == null ? null : previous.toString().strip();
      String later = value.toString().strip();
      if (earlier != null && !earlier.equals(later) && contradiction == null) {
        contradiction = key.toString();
        contradictingValues = "\"" + earlier + "\" and \"" + later + "\"";
      }
      return previous;
    }
  }
}
