package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordingrescue.auth.AuthSettings;
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
  void noArgumentMeansWebexWhenAClientIdIsConfiguredElseTheSandbox() {
    AuthSettings none = AuthSettings.webexDefaults();
    AuthSettings deployed = none.withClient("it-client", "it-secret");
    assertThat(Launcher.chooseMode(new String[0], () -> none)).isEqualTo(Launcher.Mode.SANDBOX);
    assertThat(Launcher.chooseMode(new String[0], () -> deployed)).isEqualTo(Launcher.Mode.WEBEX);
    assertThat(
            Launcher.chooseMode(
                new String[0],
                () -> {
                  throw new IllegalArgumentException("Setting webex.redirectPort is broken");
                }))
        .as("a broken IT config goes to Webex mode, whose sign-in screen says what is wrong")
        .isEqualTo(Launcher.Mode.WEBEX);
  }

  @Test
  void flagsDecideWhateverTheSettingsSay() {
    AuthSettings deployed = AuthSettings.webexDefaults().withClient("it-client", "it-secret");
    assertThat(Launcher.chooseMode(new String[] {"--sandbox"}, () -> deployed))
        .isEqualTo(Launcher.Mode.SANDBOX);
    assertThat(Launcher.chooseMode(new String[] {"--webex"}, AuthSettings::webexDefaults))
        .isEqualTo(Launcher.Mode.WEBEX);
    assertThatThrownBy(() -> Launcher.chooseMode(new String[] {"--nope"}, () -> deployed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--sandbox | --webex");
  }
}
