package io.recordingrescue.auth;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A settings file the app cannot use as it is: unreadable, contradicting itself, naming an unknown
 * key or holding a value that breaks a rule. The message names the file and, when one is to blame,
 * the key; it never quotes the client secret.
 */
public final class SettingsFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String key;

  public SettingsFileException(Path file, String key, String problem, Throwable cause) {
    super(
        "Settings file "
            + file
            + (key == null ? "" : ", key " + key)
            + ": "
            + problem
            + " Fix or remove "
            + (key == null ? "the file" : "the key")
            + "; the app leaves the file as it is.",
        cause);
    this.file = file;
    this.key = key;
  }

  public SettingsFileException(Path file, String key, String problem) {
    this(file, key, problem, null);
  }

  public Path file() {
    return file;
  }

  /** The key at fault; empty when the whole file is (unreadable). */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }
}
