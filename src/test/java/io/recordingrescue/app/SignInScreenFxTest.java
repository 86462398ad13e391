package io.recordingrescue.app;

import static io.recordingrescue.app.AppWindowFixture.signInWith;
import static io.recordingrescue.app.AppWindowFixture.signOut;
import static io.recordingrescue.app.AppWindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.ui.main.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sign-in screen on the embedded sandbox, as the README run command shows it: the OAuth round
 * trip through the sandbox's consent page (a stub plays the browser), denied consent, a personal
 * access token (bad, then good), sign out, and the "session expired" banner.
 */
@ExtendWith(ApplicationExtension.class)
class SignInScreenFxTest {
  private static final String SANDBOX_TITLE =
      MainWindow.TITLE + " — " + AppWindowFixture.SANDBOX_NOTICE;

  @TempDir static Path dir;

  @RegisterExtension final AppWindowFixture app = new AppWindowFixture(Locale.ROOT);
  private final ConsentBrowser browser = new ConsentBrowser();
  private SignInServices services;
  private SandboxServer sandbox;
  private Path tokenFile;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    tokenFile = dir.resolve(UUID.randomUUID() + "/tokens.json");
    services =
        AppWindowFixture.sandboxServices(
            SandboxConfig.builder().seed(3).recordCount(120).ownerCount(4).build(),
            tokenFile,
            browser,
            app.messages());
    sandbox = services.sandbox().orElseThrow();
    app.startApp(stage, services);
  }

  @Test
  void startsOnTheSignInScreenWithTheSandboxPanel(FxRobot robot) throws TimeoutException {
    waitUntil(() -> !button(robot, "#signInWithWebex").isDisabled());
    assertThat(stage.getTitle()).isEqualTo(SANDBOX_TITLE);
    assertThat(robot.lookup("#sandboxBannerText").queryAs(Label.class).getText())
        .isEqualTo(AppWindowFixture.SANDBOX_NOTICE);
    assertThat(robot.lookup("#trySampleData").tryQuery()).isEmpty();
    assertThat(robot.lookup("#sandboxPanel").tryQuery()).isPresent();
    assertThat(robot.lookup("#signInHint").query().isVisible()).isFalse();
    assertThat(robot.lookup("#tokenHint").queryAs(Label.class).getText())
        .contains(sandbox.adminToken())
        .contains(sandbox.userToken());
  }

  @Test
  void oauthRoundTripThroughTheConsentPageLandsAsTheSandboxAdminThenSignOutForgetsIt(FxRobot robot)
      throws TimeoutException {
    waitUntil(() -> !button(robot, "#signInWithWebex").isDisabled());
    signInWith(robot, "#signInWithWebex");
    assertThat(browser.opened).isEqualTo(1);
    assertThat(browser.callbackPage).isNotEmpty();
    assertThat(robot.lookup("#whoAmI").queryAs(Label.class).getText())
        .contains(sandbox.adminEmail())
        .contains("(administrator)");
    assertThat(stage.getTitle()).isEqualTo(SANDBOX_TITLE);
    assertThat(robot.lookup("#sandboxBanner").query().isVisible()).isTrue();
    assertThat(Files.exists(tokenFile)).as("OAuth sign-in is kept").isTrue();

    signOut(robot);
    assertThat(robot.lookup("#whoAmI").tryQuery()).isEmpty();
    assertThat(Files.exists(tokenFile)).as("sign-out removes the saved sign-in").isFalse();
  }

  @Test
  void deniedConsentSaysSoInPlainWords(FxRobot robot) throws TimeoutException {
    browser.decision = "deny";
    waitUntil(() -> !button(robot, "#signInWithWebex").isDisabled());
    robot.clickOn("#signInWithWebex");
    waitUntil(() -> !errorText(robot).isEmpty());
    assertThat(errorText(robot)).startsWith("You chose Deny on the Webex page");
    assertThat(robot.lookup("#whoAmI").tryQuery()).isEmpty();
    assertThat(button(robot, "#signInWithWebex").isDisabled()).isFalse();
  }

  @Test
  void aBadTokenIsRefusedAGoodOneOpensTheMainWindowAndIsKeptWhenAsked(FxRobot robot)
      throws TimeoutException {
    waitUntil(() -> !button(robot, "#signInWithWebex").isDisabled());
    PasswordField field = robot.lookup("#patField").queryAs(PasswordField.class);
    robot.interact(() -> field.setText("not-a-real-token"));
    robot.clickOn("#useToken");
    waitUntil(() -> !errorText(robot).isEmpty());
    assertThat(errorText(robot)).startsWith("Webex did not accept this token");
    assertThat(robot.lookup("#whoAmI").tryQuery()).isEmpty();

    robot.interact(() -> field.setText(sandbox.userToken()));
    robot.clickOn(robot.lookup("#keepSignedIn").queryAs(CheckBox.class));
    signInWith(robot, "#useToken");
    assertThat(robot.lookup("#whoAmI").queryAs(Label.class).getText())
        .contains(sandbox.userEmail())
        .doesNotContain("(administrator)");
    assertThat(Files.exists(tokenFile)).isTrue();

    signOut(robot);
    assertThat(Files.exists(tokenFile)).isFalse();
  }

  @Test
  void anExpiredSessionShowsTheBannerAndSigningInAgainKeepsTheWindow(FxRobot robot)
      throws TimeoutException {
    waitUntil(() -> !button(robot, "#sandboxAdmin").isDisabled());
    signInWith(robot, "#sandboxAdmin");
    Node mainRoot = stage.getScene().getRoot();
    assertThat(robot.lookup("#sessionBanner").query().isVisible()).isFalse();

    sandbox.tokens().revoke(sandbox.adminToken());
    robot.interact(() -> robot.lookup("#menuBar").query().requestFocus());
    robot.press(javafx.scene.input.KeyCode.F5).release(javafx.scene.input.KeyCode.F5);
    waitUntil(() -> robot.lookup("#sessionBanner").query().isVisible());
    assertThat(robot.lookup("#sessionBannerText").queryAs(Label.class).getText())
        .isEqualTo("Your session expired — sign in again; running jobs are kept.");

    robot.clickOn("#signInAgain");
    waitUntil(() -> robot.lookup("#sandboxUser").tryQuery().isPresent());
    robot.clickOn("#sandboxUser");
    waitUntil(() -> !robot.lookup("#sessionBanner").query().isVisible());
    assertThat(stage.getScene().getRoot()).isSameAs(mainRoot);
  }

  @Test
  void settingsValidateWhileTypingNameTheFieldAndNeverShowTheSecret(FxRobot robot)
      throws TimeoutException {
    waitUntil(() -> !button(robot, "#openSettings").isDisabled());
    robot.clickOn("#openSettings");
    waitUntil(() -> robot.lookup("#settingsDialog").tryQuery().isPresent());
    assertThat(robot.lookup("#secretSaved").query().isVisible()).isTrue();
    assertThat(robot.lookup("#clientSecret").queryAs(PasswordField.class).getText()).isEmpty();
    javafx.scene.control.TextField api =
        robot.lookup("#apiBaseUrl").queryAs(javafx.scene.control.TextField.class);
    robot.interact(() -> api.setText("http://webex.example.com/v1"));
    assertThat(robot.lookup("#settingsError").queryAs(Label.class).getText())
        .startsWith("API base URL must start with https://")
        .doesNotContain(SignInServices.SANDBOX_CLIENT_SECRET);
    assertThat(robot.lookup("#saveSettings").queryButton().isDisabled()).isTrue();
    robot.interact(() -> api.setText(sandbox.baseUrl().toString()));
    assertThat(robot.lookup("#saveSettings").queryButton().isDisabled()).isFalse();
    robot.clickOn("#saveSettings");
    waitUntil(() -> robot.lookup("#settingsDialog").tryQuery().isEmpty());
    assertThat(services.currentSettings().clientSecret())
        .isEqualTo(SignInServices.SANDBOX_CLIENT_SECRET);
  }

  private static Button button(FxRobot robot, String id) {
    return robot.lookup(id).queryButton();
  }

  private static String errorText(FxRobot robot) {
    return robot.lookup("#signInError").queryAs(Label.class).getText();
  }
}
