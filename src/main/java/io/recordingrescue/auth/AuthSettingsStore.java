package io.recordingrescue.auth;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Reads the sign-in settings from the machine-wide config file (deployed by IT) and the per-user
 * one; the per-user file wins key by key. Saves to the per-user file only, and only the keys that
 * differ from what the machine-wide file and the defaults already give, so a later IT update still
 * reaches the operator. The per-user file may hold the secret, so it is owner-only on POSIX.
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

  private final Path machineFile;
  private final Path userFile;

  public AuthSettingsStore(Path machineFile, Path userFile) {
    this.machineFile = machineFile;
    this.userFile = userFile;
  }

  public AuthSettingsStore(AppDirectories directories) {
    this(directories.machineConfigFile(), directories.userConfigFile());
  }

  public Path machineFile() {
    return machineFile;
  }

  public Path userFile() {
    return userFile;
  }

  /** Defaults, overlaid by the machine-wide file, overlaid by the per-user file. */
  public AuthSettings load() {
    Properties merged = read(machineFile);
    merged.putAll(read(userFile));
    return fromProperties(merged, AuthSettings.webexDefaults());
  }

  /** Writes what differs from the machine-wide file and defaults to the per-user file. */
  public void save(AuthSettings settings) {
    AuthSettings base = fromProperties(read(machineFile), AuthSettings.webexDefaults());
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

  static AuthSettings fromProperties(Properties p, AuthSettings defaults) {
    return new AuthSettings(
        p.getProperty(CLIENT_ID, defaults.clientId()),
        p.getProperty(CLIENT_SECRET, defaults.clientSecret()),
        port(p.getProperty(REDIRECT_PORT), defaults.redirectPort()),
        p.containsKey(SCOPE) ? ScopeSet.parse(p.getProperty(SCOPE), SCOPE) : defaults.scopeSet(),
        uri(p.getProperty(API_BASE_URL), API_BASE_URL, defaults.apiBaseUrl()),
        uri(p.getProperty(AUTHORIZE_URL), AUTHORIZE_URL, defaults.authorizeUrl()),
        uri(p.getProperty(TOKEN_URL), TOKEN_URL, defaults.tokenUrl()));
  }

  private static int port(String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Setting " + REDIRECT_PORT + " must be a port number, not \"" + value + "\"", e);
    }
  }

  private static URI uri(String value, String key, URI fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      URI parsed = new URI(value.trim());
      AuthSettings.requireSecureUrl(parsed, key);
      return parsed;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "Setting " + key + " is not a valid URL: \"" + value + "\"", e);
    }
  }

  private static Properties read(Path file) {
    Properties p = new Properties();
    if (file == null || !Files.isRegularFile(file)) {
      return p;
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not read settings file " + file + ": " + e.getClass().getSimpleName(), e);
    }
    return p;
  }
}
