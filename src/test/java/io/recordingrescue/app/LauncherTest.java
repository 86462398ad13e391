package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;

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
}
