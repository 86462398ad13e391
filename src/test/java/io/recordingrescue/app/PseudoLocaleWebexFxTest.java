package io.recordingrescue.app;

import static io.recordingrescue.app.AppWindowFixture.waitUntil;

import java.nio.file.Path;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The pseudo-locale on the screens a first run on Webex shows (nothing configured): the sign-in
 * screen with the set-up hint, its Settings, and the switch to sample data with the sandbox banner
 * and title. {@link PseudoLocaleFxTest} covers the rest.
 */
@ExtendWith(ApplicationExtension.class)
class PseudoLocaleWebexFxTest {
  @TempDir static Path dir;

  @RegisterExtension final AppWindowFixture app = AppWindowFixture.pseudoLocale();
  private final AuditedScreens screens = new AuditedScreens(Set.of());

  @Start
  void start(Stage stage) {
    app.startFirstRunOnWebex(stage, dir);
  }

  @Test
  void firstRunOnWebexShowsOnlyBundleTextAndNothingIsCutOff(FxRobot robot) throws Exception {
    waitUntil(() -> !robot.lookup("#useToken").tryQuery().isEmpty());
    waitUntil(() -> !robot.lookup("#openSettings").queryButton().isDisabled());
    screens.check("Webex sign-in, nothing configured");

    screens.checkSettingsFromSignIn(robot, "settings on Webex");

    robot.clickOn("#trySampleData");
    screens.checkOnceShown(
        robot, "#sandboxPanel", "sandbox sign-in after 'try it with sample data'");

    screens.assertNoProblems(3);
  }
}
