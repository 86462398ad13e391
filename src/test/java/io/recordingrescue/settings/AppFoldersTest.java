package io.recordingrescue.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every OS mapping and every override of the one folder resolver. */
class AppFoldersTest {

  private static Map<String, String> os(String name, String home) {
    return Map.of("os.name", name, "user.home", home);
  }

  @Test
  void linuxFollowsXdgAndKeepsSettingsInTheConfigFolder() {
    AppFolders f =
        AppFolders.resolve(
            Map.of("XDG_DATA_HOME", "/data/me", "XDG_CONFIG_HOME", "/cfg"),
            os("Linux", "/home/me"));

    assertThat(f.dataDir())
        .isEqualTo(new Sourced<>(Path.of("/data/me/recording-rescue"), "OS default"));
    assertThat(f.userSettingsFile().value())
        .isEqualTo(Path.of("/cfg/recording-rescue/config.properties"));
    assertThat(f.machineSettingsFile().value())
        .isEqualTo(Path.of("/etc/recording-rescue/config.properties"));
    assertThat(f.usualDataDir()).isTrue();
  }

  @Test
  void linuxWithoutXdgUsesTheHomeFolder() {
    AppFolders f = AppFolders.resolve(Map.of(), os("Linux", "/home/me"));

    assertThat(f.dataDir().value()).isEqualTo(Path.of("/home/me/.local/share/recording-rescue"));
    assertThat(f.userSettingsFile().value())
        .isEqualTo(Path.of("/home/me/.config/recording-rescue/config.properties"));
  }

  @Test
  void aRelativeXdgFolderIsIgnoredAsTheSpecSays() {
    AppFolders f =
        AppFolders.resolve(
            Map.of("XDG_DATA_HOME", "relative/data", "XDG_CONFIG_HOME", "cfg"),
            os("Linux", "/home/me"));

    assertThat(f.dataDir().value()).isEqualTo(Path.of("/home/me/.local/share/recording-rescue"));
    assertThat(f.userSettingsFile().value())
        .isEqualTo(Path.of("/home/me/.config/recording-rescue/config.properties"));
    assertThat(f.usualDataDir()).isTrue();
  }

  @Test
  void windowsUsesAppDataAndProgramData() {
    AppFolders f =
        AppFolders.resolve(
            Map.of("APPDATA", "/c/Users/me/AppData/Roaming", "PROGRAMDATA", "/pd"),
            os("Windows 11", "/c/Users/me"));

    Path user = Path.of("/c/Users/me/AppData/Roaming", "RecordingRescue");
    assertThat(f.dataDir().value()).isEqualTo(user);
    assertThat(f.userSettingsFile().value()).isEqualTo(user.resolve("config.properties"));
    assertThat(f.machineSettingsFile().value())
        .isEqualTo(Path.of("/pd", "RecordingRescue", "config.properties"));
  }

  @Test
  void windowsWithoutAppDataUsesTheRoamingProfile() {
    AppFolders f = AppFolders.resolve(Map.of(), os("Windows 10", "/c/Users/me"));

    assertThat(f.dataDir().value())
        .isEqualTo(Path.of("/c/Users/me", "AppData", "Roaming", "RecordingRescue"));
  }

  @Test
  void macUsesApplicationSupport() {
    AppFolders f =
        AppFolders.resolve(Map.of("XDG_DATA_HOME", "/ignored"), os("Mac OS X", "/Users/me"));

    Path user = Path.of("/Users/me/Library/Application Support/Recording Rescue");
    assertThat(f.dataDir().value()).isEqualTo(user);
    assertThat(f.userSettingsFile().value()).isEqualTo(user.resolve("config.properties"));
    assertThat(f.machineSettingsFile().value())
        .isEqualTo(Path.of("/Library/Application Support/Recording Rescue/config.properties"));
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
