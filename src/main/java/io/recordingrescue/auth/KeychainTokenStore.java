package io.recordingrescue.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tokens in the OS keychain as the same JSON the token file holds, under account {@value #ACCOUNT}.
 *
 * <p>Size: Windows Credential Manager holds at most 2,560 bytes per entry and java-keyring stores
 * text there as UTF-16 (two bytes a character). A value over {@value #MAX_ENTRY_BYTES} bytes in
 * UTF-16 is split across {@code webex-tokens.1}, {@code webex-tokens.2}, ... and the main entry
 * then holds only {@code {"parts":N}}. Splitting keeps long (JWT) tokens in the keychain rather
 * than on disk.
 *
 * <p>Fallback: when the keychain fails at run time (locked, its DBus service gone) the tokens go to
 * the owner-only {@link FileTokenStore} and a log line says why. Such a file is newer than anything
 * in the keychain, so {@link #load()} reads it first, and the next save that the keychain accepts
 * deletes it. {@link #clear()} removes every keychain entry and the file.
 */
public final class KeychainTokenStore implements TokenStore {

  public static final String ACCOUNT = "webex-tokens";

  /** Per entry, counted in UTF-16: safely under Credential Manager's 2,560-byte blob. */
  static final int MAX_ENTRY_BYTES = 2_000;

  /** More parts than this is no token set (about 32 kB): kept in the file instead. */
  static final int MAX_PARTS = 16;

  private static final String PARTS = "parts";
  private static final System.Logger LOG = System.getLogger(KeychainTokenStore.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SecretVault vault;
  private final FileTokenStore fallback;

  public KeychainTokenStore(SecretVault vault, FileTokenStore fallback) {
    this.vault = vault;
    this.fallback = fallback;
  }

  /** The owner-only file used when the keychain fails. */
  public FileTokenStore fallback() {
    return fallback;
  }

  @Override
  public synchronized Optional<TokenSet> load() {
    if (Files.isRegularFile(fallback.file())) {
      Optional<TokenSet> fromFile = fallback.load();
      if (fromFile.isPresent()) {
        return fromFile;
      }
    }
    try {
      Optional<String> json = readJoined();
      if (json.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(fromJson(json.get()));
    } catch (VaultUnavailableException e) {
      LOG.log(
          Level.WARNING, "Could not read the sign-in from the OS keychain: {0}", e.getMessage());
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // Damaged or half-written entries mean "not signed in"; their content is never quoted.
      LOG.log(
          Level.WARNING,
          "Ignoring an unreadable sign-in in the OS keychain ({0})",
          e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  @Override
  public synchronized void save(TokenSet tokens) {
    List<String> parts = split(toJson(tokens));
    if (parts.size() > MAX_PARTS) {
      LOG.log(
          Level.WARNING,
          "The sign-in is too large for the OS keychain ({0} parts); saving it to {1} instead",
          parts.size(),
          fallback.file());
      fallback.save(tokens);
      return;
    }
    try {
      if (parts.size() == 1) {
        vault.write(ACCOUNT, parts.get(0));
      } else {
        for (int i = 0; i < parts.size(); i++) {
          vault.write(partAccount(i + 1), parts.get(i));
        }
        vault.write(ACCOUNT, "{\"" + PARTS + "\":" + parts.size() + "}");
      }
      deletePartsFrom(parts.size() == 1 ? 1 : parts.size() + 1);
    } catch (VaultUnavailableException e) {
      LOG.log(
          Level.WARNING,
          "The OS keychain did not take the sign-in ({0}); saving it to the owner-only file {1}"
              + " instead",
          e.getMessage(),
          fallback.file());
      fallback.save(tokens);
      return;
    }
    removeStaleFile();
  }

  @Override
  public synchronized void clear() {
    VaultUnavailableException keychainProblem = null;
    try {
      vault.delete(ACCOUNT);
      deletePartsFrom(1);
    } catch (VaultUnavailableException e) {
      keychainProblem = e;
    }
    fallback.clear();
    if (keychainProblem != null) {
      throw new UncheckedIOException(
          "Could not remove the sign-in from the OS keychain ("
              + keychainProblem.getMessage()
              + "); delete the entry \""
              + ACCOUNT
              + "\" of \""
              + TokenStores.KEYCHAIN_SERVICE
              + "\" in the keychain by hand",
          new IOException(VaultUnavailableException.class.getSimpleName()));
    }
  }

  /** The main entry's value, or the parts it names joined back together. */
  private Optional<String> readJoined() throws VaultUnavailableException, IOException {
    Optional<String> main = vault.read(ACCOUNT);
    if (main.isEmpty()) {
      return Optional.empty();
    }
    JsonNode node = JSON.readTree(main.get());
    if (!node.has(PARTS)) {
      return main;
    }
    int count = node.get(PARTS).asInt();
    if (count < 1 || count > MAX_PARTS) {
      throw new IOException("bad part count");
    }
    StringBuilder joined = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      Optional<String> part = vault.read(partAccount(i));
      if (part.isEmpty()) {
        throw new IOException("missing part");
      }
      joined.append(part.get());
    }
    return Optional.of(joined.toString());
  }

  /** Removes parts {@code first}, {@code first + 1}, ... up to the first one that is not there. */
  private void deletePartsFrom(int first) throws VaultUnavailableException {
    for (int i = first; i <= MAX_PARTS && vault.delete(partAccount(i)); i++) {
      // Parts are written from 1 without gaps: the first missing one ends the run.
    }
  }

  private void removeStaleFile() {
    try {
      fallback.clear();
    } catch (UncheckedIOException e) {
      LOG.log(
          Level.WARNING,
          "The sign-in is in the OS keychain, but an older copy in {0} could not be deleted ({1})",
          fallback.file(),
          e.getCause().getClass().getSimpleName());
    }
  }

  static String partAccount(int index) {
    return ACCOUNT + "." + index;
  }

  /**
   * Pieces of at most {@value #MAX_ENTRY_BYTES} bytes in UTF-16, never cutting a surrogate pair.
   */
  static List<String> split(String value) {
    int maxChars = MAX_ENTRY_BYTES / 2;
    List<String> parts = new ArrayList<>();
    int start = 0;
    while (start < value.length()) {
      int end = Math.min(start + maxChars, value.length());
      if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
        end--;
      }
      parts.add(value.substring(start, end));
      start = end;
    }
    if (parts.isEmpty()) {
      parts.add(value);
    }
    return parts;
  }

  /** The bytes an entry takes in Credential Manager. */
  static int storedBytes(String entry) {
    return entry.getBytes(StandardCharsets.UTF_16LE).length;
  }

  private static String toJson(TokenSet tokens) {
    try {
      return JSON.writeValueAsString(
          new FileTokenStore.StoredTokens(
              tokens.accessToken(),
              tokens.refreshToken(),
              text(tokens.accessExpiresAt()),
              text(tokens.refreshExpiresAt())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Could not write the sign-in as JSON (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static TokenSet fromJson(String json) throws IOException {
    FileTokenStore.StoredTokens stored = JSON.readValue(json, FileTokenStore.StoredTokens.class);
    return new TokenSet(
        stored.accessToken(),
        stored.refreshToken(),
        instant(stored.accessExpiresAt()),
        instant(stored.refreshExpiresAt()));
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
