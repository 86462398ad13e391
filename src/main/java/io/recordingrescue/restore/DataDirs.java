package io.recordingrescue.restore;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The per-user data folder of the app on each OS (journal, audit exports). */
public final class DataDirs {
  private DataDirs() {}

  /** Overrides the folder for a run (tests, portable installs): a system property, then env. */
  public static final String OVERRIDE_PROPERTY = "recordingrescue.dataDir";

  public static final String OVERRIDE_ENV = "RECORDING_RESCUE_DATA_DIR";

  /** For this machine and user, unless {@link #OVERRIDE_PROPERTY} or {@link #OVERRIDE_ENV} says. */
  public static Path perUser() {
    String override = System.getProperty(OVERRIDE_PROPERTY, System.getenv(OVERRIDE_ENV));
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    return perUser(
        System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
  }

  /**
   * {@code %APPDATA%\RecordingRescue} on Windows, {@code ~/Library/Application Support/Recording
   * Rescue} on macOS, {@code ${XDG_DATA_HOME:-~/.local/share}/recording-rescue} elsewhere.
   */
  public static Path perUser(String osName, Map<String, String> env, String userHome) {
    String os = osName.toLowerCase(Locale.ROOT);
    Path home = Path.of(userHome);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      Path base =
          appData != null && !appData.isBlank()
              ? Path.of(appData)
              : home.resolve("AppData").resolve("Roaming");
      return base.resolve("RecordingRescue");
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      return home.resolve("Library").resolve("Application Support").resolve("Recording Rescue");
    }
    String xdg = env.get("XDG_DATA_HOME");
    // The XDG spec says a relative value is invalid and must be ignored.
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : home.resolve(".local").resolve("share");
    return base.resolve("recording-rescue");
  }

  /** Where job journals live inside a data folder. */
  public static Path journalDir(Path dataDir) {
    return dataDir.resolve("jobs");
  }
}
