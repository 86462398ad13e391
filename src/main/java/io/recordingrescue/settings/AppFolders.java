package io.recordingrescue.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one answer to "where are this user's files?" for the window and the CLI: tokens, journal,
 * first-seen ledger and settings.
 *
 * <p>Data folder, first answer wins:
 *
 * <ol>
 *   <li>system property {@value #DATA_DIR_PROPERTY} (tests, portable installs);
 *   <li>environment variable {@value #DATA_DIR_ENV};
 *   <li>the OS default: Windows {@code %APPDATA%\RecordingRescue}, macOS {@code
 *       ~/Library/Application Support/Recording Rescue}, elsewhere {@code
 *       ${XDG_DATA_HOME:-~/.local/share}/recording-rescue}.
 * </ol>
 *
 * <p>Per-user settings file {@value #SETTINGS_FILE_NAME}: inside an overridden data folder (so a
 * portable or test folder holds everything), else the OS config folder: Windows and macOS the data
 * folder, elsewhere {@code ${XDG_CONFIG_HOME:-~/.config}/recording-rescue}.
 *
 * <p>Machine-wide settings file (shipped by IT): Linux {@code /etc/recording-rescue}, Windows
 * {@code %PROGRAMDATA%\RecordingRescue}, macOS {@code /Library/Application Support/Recording
 * Rescue}.
 *
 * <p>The XDG spec says a relative {@code XDG_DATA_HOME} or {@code XDG_CONFIG_HOME} is invalid and
 * must be ignored; a relative override is taken relative to the working folder.
 */
public record AppFolders(
    Sourced<Path> dataDir, Sourced<Path> userSettingsFile, Sourced<Path> machineSettingsFile) {

  public static final String DATA_DIR_PROPERTY = "recordingrescue.dataDir";
  public static final String DATA_DIR_ENV = "RECORDING_RESCUE_DATA_DIR";
  public static final String SETTINGS_FILE_NAME = "config.properties";

  /** Points at another machine-wide settings file (IT's test of a file before deploying it). */
  public static final String MACHINE_FILE_PROPERTY = "recordingrescue.machineSettingsFile";

  /** Source of a folder that no override named: the OS's usual place for this user. */
  public static final String OS_DEFAULT = "OS default";

  /** True when nothing overrode the data folder, so it is this user's usual one. */
  public boolean usualDataDir() {
    return dataDir.source().equals(OS_DEFAULT);
  }

  /** For this process: its system properties and environment. */
  public static AppFolders forThisProcess() {
    Map<String, String> properties = new HashMap<>();
    System.getProperties().forEach((k, v) -> properties.put(k.toString(), v.toString()));
    return resolve(System.getenv(), properties);
  }

  /**
   * For a given environment and system properties ({@code os.name}, {@code user.home} and {@value
   * #DATA_DIR_PROPERTY} are read); testable for any OS on any OS.
   *
   * @throws IllegalArgumentException when an override is not a path
   */
  public static AppFolders resolve(Map<String, String> env, Map<String, String> properties) {
    String os = properties.getOrDefault("os.name", "").toLowerCase(Locale.ROOT);
    Path home = Path.of(properties.getOrDefault("user.home", "."));
    OsFolders osFolders = osFolders(os, home, env);

    Sourced<Path> override = override(properties.get(DATA_DIR_PROPERTY), "-D" + DATA_DIR_PROPERTY);
    if (override == null) {
      override = override(env.get(DATA_DIR_ENV), DATA_DIR_ENV);
    }
    Sourced<Path> machine =
        override(properties.get(MACHINE_FILE_PROPERTY), "-D" + MACHINE_FILE_PROPERTY);
    if (machine == null) {
      machine = new Sourced<>(osFolders.machineFile(), OS_DEFAULT);
    }
    if (override != null) {
      return new AppFolders(
          override,
          new Sourced<>(override.value().resolve(SETTINGS_FILE_NAME), override.source()),
          machine);
    }
    return new AppFolders(
        new Sourced<>(osFolders.data(), OS_DEFAULT),
        new Sourced<>(osFolders.config().resolve(SETTINGS_FILE_NAME), OS_DEFAULT),
        machine);
  }

  private record OsFolders(Path data, Path config, Path machineFile) {}

  private static OsFolders osFolders(String os, Path home, Map<String, String> env) {
    if (os.startsWith("windows")) {
      Path appData = pathOrNull(env.get("APPDATA"));
      Path user =
          (appData != null ? appData : home.resolve("AppData").resolve("Roaming"))
              .resolve("RecordingRescue");
      Path programData = pathOrNull(env.get("PROGRAMDATA"));
      Path machine =
          (programData != null ? programData : Path.of("C:\\ProgramData"))
              .resolve("RecordingRescue")
              .resolve(SETTINGS_FILE_NAME);
      return new OsFolders(user, user, machine);
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      Path user =
          home.resolve("Library").resolve("Application Support").resolve("Recording Rescue");
      return new OsFolders(
          user,
          user,
          Path.of("/Library/Application Support/Recording Rescue").resolve(SETTINGS_FILE_NAME));
    }
    Path dataHome = absoluteOrNull(env.get("XDG_DATA_HOME"));
    Path configHome = absoluteOrNull(env.get("XDG_CONFIG_HOME"));
    return new OsFolders(
        (dataHome != null ? dataHome : home.resolve(".local").resolve("share"))
            .resolve("recording-rescue"),
        (configHome != null ? configHome : home.resolve(".config")).resolve("recording-rescue"),
        Path.of("/etc/recording-rescue").resolve(SETTINGS_FILE_NAME));
  }

  private static Sourced<Path> override(String value, String source) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new Sourced<>(Path.of(value.strip()).toAbsolutePath().normalize(), source);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(
          source + " is not a folder path: \"" + value + "\" (" + e.getReason() + ")", e);
    }
  }

  /** An absolute path, or null for unset, blank, relative or malformed values (XDG rule). */
  private static Path absoluteOrNull(String value) {
    Path p = pathOrNull(value);
    return p != null && p.isAbsolute() ? p : null;
  }

  private static Path pathOrNull(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Path.of(value.strip());
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
