package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LauncherTest {
  @Test
  void windowByDefaultAndWithSandboxFlag() {
    assertThat(Launcher.isCliMode(new String[0], null)).isFalse();
    assertThat(Launcher.isCliMode(new String[] {"--sandbox"}, null)).isFalse();
  }

  @Test
  void cliWhenTheFirstArgumentIsACommandOrTheModePropertySaysSo() {
    assertThat(Launcher.isCliMode(new String[] {"restore", "abc"}, null)).isTrue();
    assertThat(Launcher.isCliMode(new String[] {"list"}, null)).isTrue();
    assertThat(Launcher.isCliMode(new String[0], "cli")).isTrue();
    assertThat(Launcher.isCliMode(new String[] {"--help"}, null)).isTrue();
    assertThat(Launcher.isCliMode(new String[] {"sandbox", "--port", "0"}, null)).isTrue();
  }

  @Test
  void noArgumentMeansWebexEvenWithNothingConfigured() {
    assertThat(Launcher.chooseMode(new String[0]))
        .as("the installed app's launcher passes no argument: real Webex, never sample data")
        .isEqualTo(Launcher.Mode.WEBEX);
  }

  @Test
  void theSandboxOnlyWhenAsked() {
    assertThat(Launcher.chooseMode(new String[] {"--sandbox"})).isEqualTo(Launcher.Mode.SANDBOX);
    assertThat(Launcher.chooseMode(new String[] {"--webex"})).isEqualTo(Launcher.Mode.WEBEX);
  }

  @Test
  void anythingElseIsAUsageError() {
    for (String[] args :
        new String[][] {
          {"--nope"},
          {"--sandbox", "--webex"},
          {"--Sandbox"},
          {"sandbox=true"},
          {""},
          {"--sandbox", ""}
        }) {
      assertThatThrownBy(() -> Launcher.chooseMode(args))
          .as(String.join(" ", args))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("--sandbox | --webex");
    }
  }

  @Test
  void noPackagedLauncherPassesAnArgumentSoTheInstalledAppOpensWebex() throws IOException {
    Path packaging = Path.of(System.getProperty("user.dir")).resolve("packaging");
    List<Path> launcherFiles;
    try (Stream<Path> files = Files.walk(packaging)) {
      launcherFiles =
          files
              .filter(f -> f.getFileName().toString().matches(".*\\.args|.*\\.properties"))
              .toList();
    }
    assertThat(launcherFiles)
        .as("packaging/jpackage/app.args and each OS's app.args and launcher properties")
        .extracting(f -> packaging.relativize(f).toString().replace('\\', '/'))
        .contains("jpackage/app.args", "linux/app.args", "windows/app.args", "macos/app.args");
    for (Path file : launcherFiles) {
      String text = Files.readString(file);
      assertThat(text)
          .as(file.toString())
          .doesNotContain("--sandbox")
          .doesNotContain("--arguments");
      assertThat(text).as(file.toString()).doesNotContainPattern("(?m)^\\s*arguments\\s*=");
    }
  }
}
