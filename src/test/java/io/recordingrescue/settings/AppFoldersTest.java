package io.recordingrescue.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every OS mapping and every override of the one folder resolver. */
class AppFoldersTest {

  private static Map<String, String> os(String name, String home) {
    return Map.of("os.name", name, "user.home", home);
  }

  /**
   * Each OS's folders for data and settings and its machine-wide file, with the variables that move
   * them or that it ignores: a name, the environment, the system properties, then the three.
   */
  static Stream<Arguments> osDefaults() {
    Path xdgLessData = Path.of("/home/me/.local/share/recording-rescue");
    Path xdgLessSettings = Path.of("/home/me/.config/recording-rescue/config.properties");
    Path etc = Path.of("/etc/recording-rescue/config.properties");
    Path roaming = Path.of("/c/Users/me/AppData/Roaming", "RecordingRescue");
    Path mac = Path.of("/Users/me/Library/Application Support/Recording Rescue");
    return Stream.of(
        arguments(
            "Linux follows XDG and keeps settings in the config folder",
            Map.of("XDG_DATA_HOME", "/data/me", "XDG_CONFIG_HOME", "/cfg"),
            os("Linux", "/home/me"),
            Path.of("/data/me/recording-rescue"),
            Path.of("/cfg/recording-rescue/config.properties"),
            etc),
        arguments(
            "Linux without XDG uses the home folder",
            Map.of(),
            os("Linux", "/home/me"),
            xdgLessData,
            xdgLessSettings,
            etc),
        arguments(
            "a relative XDG folder is ignored as the spec says",
            Map.of("XDG_DATA_HOME", "relative/data", "XDG_CONFIG_HOME", "cfg"),
            os("Linux", "/home/me"),
            xdgLessData,
            xdgLessSettings,
            etc),
        arguments(
            "Windows uses AppData and ProgramData",
            Map.of("APPDATA", "/c/Users/me/AppData/Roaming", "PROGRAMDATA", "/pd"),
            os("Windows 11", "/c/Users/me"),
            roaming,
            roaming.resolve("config.properties"),
            Path.of("/pd", "RecordingRescue", "config.properties")),
        arguments(
            "Windows without AppData uses the roaming profile",
            Map.of(),
            os("Windows 10", "/c/Users/me"),
            roaming,
            roaming.resolve("config.properties"),
            Path.of("C:\\ProgramData", "RecordingRescue", "config.properties")),
        arguments(
            "macOS uses Application Support",
            Map.of("XDG_DATA_HOME", "/ignored"),
            os("Mac OS X", "/Users/me"),
            mac,
            mac.resolve("config.properties"),
            Path.of("/Library/Application Support/Recording Rescue/config.properties")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("osDefaults")
  void eachOsHasItsOwnFolders(
      String what,
      Map<String, String> env,
      Map<String, String> properties,
      Path dataDir,
      Path userSettingsFile,
      Path machineSettingsFile) {
    AppFolders f = AppFolders.resolve(env, properties);

    assertThat(f.dataDir()).isEqualTo(new Sourced<>(dataDir, "OS default"));
    assertThat(f.userSettingsFile()).isEqualTo(new Sourced<>(userSettingsFile, "OS default"));
    assertThat(f.machineSettingsFile()).isEqualTo(new Sourced<>(machineSettingsFile, "OS default"));
    assertThat(f.usualDataDir()).isTrue();
  }

  @Test
  void theSystemPropertyWinsOverTheEnvironmentAndHoldsTheSettingsToo(
      @org.junit.jupiter.api.io.TempDir Path tmp) {
    Path byProperty = tmp.resolve("prop");
    Path byEnv = tmp.resolve("env");
    Map<String, String> properties =
        Map.of(
            "os.name",
            "Linux",
            "user.home",
            "/home/me",
            AppFolders.DATA_DIR_PROPERTY,
            byProperty.toString());

    AppFolders f =
        AppFolders.resolve(
            Map.of(AppFolders.DATA_DIR_ENV, byEnv.toString(), "XDG_DATA_HOME", "/data"),
            properties);

    assertThat(f.dataDir())
        .isEqualTo(new Sourced<>(byProperty, "-D" + AppFolders.DATA_DIR_PROPERTY));
    assertThat(f.userSettingsFile().value()).isEqualTo(byProperty.resolve("config.properties"));
    assertThat(f.usualDataDir()).isFalse();
    assertThat(f.machineSettingsFile().value())
        .as("IT's machine-wide file applies to a portable folder too")
        .isEqualTo(Path.of("/etc/recording-rescue/config.properties"));
  }

  @Test
  void theEnvironmentVariableWinsOverTheOsDefault(@org.junit.jupiter.api.io.TempDir Path tmp) {
    AppFolders f =
        AppFolders.resolve(
            Map.of(AppFolders.DATA_DIR_ENV, tmp.toString()), os("Windows 11", "/c/Users/me"));

    assertThat(f.dataDir()).isEqualTo(new Sourced<>(tmp, AppFolders.DATA_DIR_ENV));
    assertThat(f.userSettingsFile())
        .isEqualTo(new Sourced<>(tmp.resolve("config.properties"), AppFolders.DATA_DIR_ENV));
  }

  @Test
  void aBlankOverrideCountsAsUnsetAndARelativeOneIsMadeAbsolute() {
    AppFolders blank =
        AppFolders.resolve(
            Map.of(AppFolders.DATA_DIR_ENV, "  "),
            Map.of("os.name", "Linux", "user.home", "/home/me", AppFolders.DATA_DIR_PROPERTY, ""));
    assertThat(blank.dataDir().value())
        .isEqualTo(Path.of("/home/me/.local/share/recording-rescue"));
    assertThat(blank.usualDataDir()).isTrue();

    AppFolders relative =
        AppFolders.resolve(
            Map.of(AppFolders.DATA_DIR_ENV, "portable/data"), os("Linux", "/home/me"));
    assertThat(relative.dataDir().value())
        .isAbsolute()
        .isEqualTo(Path.of("portable/data").toAbsolutePath().normalize());
  }

  @Test
  void aPropertyPointsAtAnotherMachineWideFile() {
    AppFolders folders =
        AppFolders.resolve(
            Map.of(),
            Map.of(
                "os.name",
                "Linux",
                "user.home",
                "/home/op",
                AppFolders.MACHINE_FILE_PROPERTY,
                "/srv/it/config.properties"));
    assertThat(folders.machineSettingsFile().value())
        .isEqualTo(Path.of("/srv/it/config.properties"));
    assertThat(folders.machineSettingsFile().source())
        .isEqualTo("-D" + AppFolders.MACHINE_FILE_PROPERTY);
  }
}
