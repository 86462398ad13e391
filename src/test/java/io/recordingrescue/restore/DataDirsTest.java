package io.recordingrescue.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirsTest {
  @Test
  void windowsUsesAppData() {
    assertThat(
            DataDirs.perUser(
                "Windows 11", Map.of("APPDATA", "/c/Users/me/AppData/Roaming"), "/c/Users/me"))
        .isEqualTo(Path.of("/c/Users/me/AppData/Roaming", "RecordingRescue"));
  }

  @Test
  void macUsesApplicationSupport() {
    assertThat(DataDirs.perUser("Mac OS X", Map.of(), "/Users/me"))
        .isEqualTo(Path.of("/Users/me/Library/Application Support/Recording Rescue"));
  }

  @Test
  void linuxHonoursAbsoluteXdgDataHomeOnly() {
    assertThat(DataDirs.perUser("Linux", Map.of("XDG_DATA_HOME", "/data/me"), "/home/me"))
        .isEqualTo(Path.of("/data/me/recording-rescue"));
    assertThat(DataDirs.perUser("Linux", Map.of("XDG_DATA_HOME", "relative"), "/home/me"))
        .isEqualTo(Path.of("/home/me/.local/share/recording-rescue"));
    assertThat(DataDirs.perUser("Linux", Map.of(), "/home/me"))
        .isEqualTo(Path.of("/home/me/.local/share/recording-rescue"));
  }
}
