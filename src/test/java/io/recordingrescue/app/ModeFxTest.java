package io.recordingrescue.app;

import static io.recordingrescue.app.AppWindowFixture.signInWith;
import static io.recordingrescue.app.AppWindowFixture.signOut;
import static io.recordingrescue.app.AppWindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Webex by default, the sandbox by choice: the app as the installed launcher starts it (Webex mode,
 * nothing configured, settings in a temporary folder, tokens in memory), then "Try it with sample
 * data". On Webex neither title nor window mention the sandbox; on the sandbox both do, on the
 * sign-in screen and in the main window.
 */
@ExtendWith(ApplicationExtension.class)
class ModeFxTest {
  private static final String NOTICE = AppWindowFixture.SANDBOX_NOTICE;

  @TempDir static Path dir;

  @RegisterExtension final AppWindowFixture app = new AppWindowFixture(Locale.ROOT);
  private RunServices run;
  private Stage stage;
  private int sandboxStarts;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Path home = dir.resolve(UUID.randomUUID().toString());
    run =
        AppWindowFixture.firstRunOnWebex(
            home, new ConsentBrowser(), app.messages(), () -> sandboxStarts++);
    app.startApp(stage, run);
  }

  @Test
  void withNothingConfiguredTheAppIsOnWebexAndSaysHowToSetUpSignIn(FxRobot robot)
      throws TimeoutException {
    waitUntil(() -> !robot.lookup("#useToken").tryQuery().isEmpty());
    waitUntil(() -> !robot.lookup("#openSettings").queryButton().isDisabled());
    assertThat(stage.getTitle()).isEqualTo("Recording Rescue");
    assertThat(robot.lookup("#sandboxBanner").tryQuery()).isEmpty();
    assertThat(robot.lookup("#sandboxPanel").tryQuery()).isEmpty();
    assertThat(robot.lookup("#signInWithWebex").queryButton().isDisabled()).isTrue();
    Label hint = robot.lookup("#signInHint").queryAs(Label.class);
    assertThat(hint.isVisible()).isTrue();
    assertThat(hint.getText())
        .contains("personal access token")
        .contains("redirect URI http://localhost:8765/callback")
        .contains("Settings");
    assertThat(robot.lookup("#trySampleData").tryQuery()).isPresent();
    assertThat(run.current().currentSettings().apiBaseUrl().toString())
        .isEqualTo("https://webexapis.com/v1");
    assertThat(sandboxStarts).as("no sandbox until asked for").isZero();
  }

  @Test
  void trySampleDataSwitchesToTheSandboxAndTitleAndBannerSaySoEverywhere(FxRobot robot)
      throws TimeoutException {
    waitUntil(() -> !robot.lookup("#openSettings").queryButton().isDisabled());
    robot.clickOn("#trySampleData");
    waitUntil(() -> robot.lookup("#sandboxPanel").tryQuery().isPresent());
    assertThat(sandboxStarts).isEqualTo(1);
    assertThat(run.current().sandbox()).isPresent();
    assertThat(stage.getTitle()).isEqualTo("Recording Rescue — " + NOTICE);
    assertBannerShown(robot);
    assertThat(robot.lookup("#trySampleData").tryQuery())
        .as("no second switch from the sandbox")
        .isEmpty();

    signInWith(robot, "#sandboxAdmin");
    assertThat(stage.getTitle()).isEqualTo("Recording Rescue — " + NOTICE);
    assertBannerShown(robot);

    signOut(robot);
    assertThat(stage.getTitle()).as("the run stays on the sandbox").contains(NOTICE);
    assertBannerShown(robot);
    assertThat(sandboxStarts).isEqualTo(1);
  }

  private static void assertBannerShown(FxRobot robot) {
    Node banner = robot.lookup("#sandboxBanner").query();
    assertThat(banner.isVisible()).isTrue();
    assertThat(banner.getBoundsInParent().getHeight()).isPositive();
    assertThat(robot.lookup("#sandboxBannerText").queryAs(Label.class).getText()).isEqualTo(NOTICE);
    assertThat(robot.lookup("#sandboxBanner .button").tryQuery())
        .as("nothing to close the banner with")
        .isEmpty();
  }
}
