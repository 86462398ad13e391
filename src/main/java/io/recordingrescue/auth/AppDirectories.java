package io.recordingrescue.auth;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Recording Rescue keeps its files on each OS.
 *
 * <ul>
 *   <li>Machine-wide config (shipped by IT with the installer): Linux {@code
 *       /etc/recording-rescue/config.properties}, Windows {@code
 *       %PROGRAMDATA%\RecordingRescue\config.properties}, macOS {@code /Library/Application
 *       Support/Recording Rescue/config.properties}.
 *   <li>Per-user config: Linux {@code ${XDG_CONFIG_HOME:-~/.config}/recording-rescue}, Windows
 *       {@code %APPDATA%\RecordingRescue}, macOS {@code ~/Library/Application Support/Recording
 *       Rescue}; file {@code config.properties}.
 *   <li>Per-user data (tokens file, journal): Linux {@code
 *       ${XDG_DATA_HOME:-~/.local/share}/recording-rescue}, Windows and macOS the same folder as
 *       the per-user config.
 * </ul>
 */
public record AppDirectories(Path machineConfigFile, Path userConfigDir, Path userDataDir) {

  public static final String CONFIG_FILE_NAME = "config.properties";

  public Path userConfigFile() {
    return userConfigDir.resolve(CONFIG_FILE_NAME);
  }

  /** The folders for the OS this JVM runs on. */
  public static AppDirectories forCurrentOs() {
    return forOs(
        System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
  }

  /** The folders for a given OS name, home folder and environment; testable on any OS. */
  public static AppDirectories forOs(String osName, String userHome, Map<String, String> env) {
    String os = osName.toLowerCase(Locale.ROOT);
    Path home = Path.of(userHome);
    if (os.startsWith("windows")) {
      Path programData = Path.of(env.getOrDefault("PROGRAMDATA", "C:\\ProgramData"));
      Path appData =
          nonBlank(env.get("APPDATA"))
              ? Path.of(env.get("APPDATA"))
              : home.resolve("AppData").resolve("Roaming");
      Path userDir = appData.resolve("RecordingRescue");
      return new AppDirectories(
          programData.resolve("RecordingRescue").resolve(CONFIG_FILE_NAME), userDir, userDir);
    }
    if (os.startsWith("mac")) {
      Path userDir =
          home.resolve("Library").resolve("Application Support").resolve("Recording Rescue");
      return new AppDirectories(
          Path.of("/Library/Application Support/Recording Rescue").resolve(CONFIG_FILE_NAME),
          userDir,
          userDir);
    }
    Path configHome =
        nonBlank(env.get("XDG_CONFIG_HOME"))
            ? Path.of(env.get("XDG_CONFIG_HOME"))
            : home.resolve(".config");
    Path dataHome =
        nonBlank(env.get("XDG_DATA_HOME"))
            ? Path.of(env.get("XDG_DATA_HOME"))
            : home.resolve(".local").resolve("share");
    return new AppDirectories(
        Path.of("/etc/recording-rescue").resolve(CONFIG_FILE_NAME),
        configHome.resolve("recording-rescue"),
        dataHome.resolve("recording-rescue"));
  }

  private static boolean nonBlank(String s) {
    return s != null && !s.isBlank();
  }
}
