package io.recordingrescue.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Tokens as JSON in the per-user data folder, readable by the owner only: file 600 and folder 700
 * on POSIX, checked after every write; on Windows the user profile's ACL keeps others out.
 */
public final class FileTokenStore implements TokenStore {

  public static final String FILE_NAME = "tokens.json";

  private static final System.Logger LOG = System.getLogger(FileTokenStore.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public FileTokenStore(Path file) {
    this.file = file;
  }

  public static FileTokenStore inDataDir(Path dataDir) {
    return new FileTokenStore(dataDir.resolve(FILE_NAME));
  }

  public Path file() {
    return file;
  }

  /** The file's JSON form; ISO-8601 instants, null where unknown. */
  record StoredTokens(
      String accessToken, String refreshToken, String accessExpiresAt, String refreshExpiresAt) {}

  @Override
  public Optional<TokenSet> load() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      OwnerOnlyFiles.verifyOwnerOnly(file);
      StoredTokens stored = JSON.readValue(file.toFile(), StoredTokens.class);
      return Optional.of(
          new TokenSet(
              stored.accessToken(),
              stored.refreshToken(),
              instant(stored.accessExpiresAt()),
              instant(stored.refreshExpiresAt())));
    } catch (IOException | RuntimeException e) {
      // A damaged file means "not signed in"; its content is never quoted.
      LOG.log(
          Level.WARNING,
          "Ignoring the unreadable token file {0} ({1})",
          file,
          e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  @Override
  public void save(TokenSet tokens) {
    StoredTokens stored =
        new StoredTokens(
            tokens.accessToken(),
            tokens.refreshToken(),
            text(tokens.accessExpiresAt()),
            text(tokens.refreshExpiresAt()));
    try {
      OwnerOnlyFiles.createPrivateDirectories(file.toAbsolutePath().getParent());
      OwnerOnlyFiles.writeAtomically(file, tmp -> JSON.writeValue(tmp.toFile(), stored));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not save the sign-in to "
              + file
              + " ("
              + SecretRedactor.describe(e)
              + "); you will have to sign in again next time",
          new IOException(e.getClass().getSimpleName()));
    }
  }

  @Override
  public void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not delete the saved sign-in " + file + " (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
