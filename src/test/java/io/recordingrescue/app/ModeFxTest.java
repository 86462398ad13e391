package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.auth.InMemoryTokenStore;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.settings.AppFolders;
import io.recordingrescue.settings.Sourced;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.recyclebin.FirstSeenLedger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Webex by default, the sandbox by choice: the app as the installed launcher starts it (Webex mode,
 * nothing configured, settings in a temporary folder, tokens in memory), then "Try it with sample
 * data". On Webex neither title nor window mention the sandbox; on the sandbox both do, on the
 * sign-in screen and in the main window.
 */
@ExtendWith(ApplicationExtension.class)
class ModeFxTest {
  private static final String NOTICE = "Sandbox — sample data, nothing here is real";

  @TempDir static Path dir;

  private RunServices run;
  private ExecutorService executor;
  private Preferences prefs;
  private Stage stage;
  private int sandboxStarts;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Path home = dir.resolve(UUID.randomUUID().toString());
    Messages messages = Messages.load(Locale.ROOT);
    ConsentBrowser browser = new ConsentBrowser();
    SignInServices webex =
        SignInServices.webex(
            new AppFolders(
                new Sourced<>(home.resolve("data"), "test"),
                new Sourced<>(home.resolve("config/config.properties"), "test"),
                new Sourced<>(home.resolve("machine/config.properties"), "test")),
            Map.of(),
            new InMemoryTokenStore(),
            browser,
            messages);
    run =
        RunServices.webexOrSandbox(
            webex,
            () -> {
              sandboxStarts++;
              return SignInServices.sandbox(
                  SandboxConfig.builder().seed(5).recordCount(60).ownerCount(3).build(),
                  home.resolve("sandbox/tokens.json"),
                  browser,
                  Duration.ofSeconds(30),
                  messages);
            });
    executor = Executors.newFixedThreadPool(3);
    prefs = Preferences.userRoot().node("recording-rescue-test/" + UUID.randomUUID());
    new AppFlow(
            stage,
            run,
            new AppWiring.Environment(
                executor,
                Clock.systemUTC(),
                ZoneOffset.UTC,
                Locale.ROOT,
                prefs,
                FirstSeenLedger.inMemory()))
        .start();
    stage.requestFocus();
  }

  @AfterEach
  void tearDown() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> stage.hide()).get();
    executor.shutdownNow();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    run.close();
    prefs.removeNode();
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

    robot.clickOn("#sandboxAdmin");
    waitUntil(() -> robot.lookup("#whoAmI").tryQuery().isPresent());
    assertThat(stage.getTitle()).isEqualTo("Recording Rescue — " + NOTICE);
    assertBannerShown(robot);

    robot.clickOn("#signOut");
    waitUntil(() -> robot.lookup("#signInScreen").tryQuery().isPresent());
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

  private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
