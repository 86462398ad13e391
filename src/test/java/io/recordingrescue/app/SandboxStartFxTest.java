package io.recordingrescue.app;

import static io.recordingrescue.app.AppWindowFixture.signInWith;
import static io.recordingrescue.app.AppWindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.ui.Messages;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code --sandbox}: the window comes first, saying that the sandbox is starting with every way in
 * off; the sandbox starts after the first frame, off the FX thread, and then its sign-in screen
 * shows. A sandbox that cannot start is reported on the screen.
 */
@ExtendWith(ApplicationExtension.class)
class SandboxStartFxTest {
  private static final String NOTICE = AppWindowFixture.SANDBOX_NOTICE;

  @TempDir static Path dir;

  @RegisterExtension final AppWindowFixture app = new AppWindowFixture(Locale.ROOT);
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicBoolean startedOnFxThread = new AtomicBoolean();
  private volatile boolean failStart;
  private RunServices run;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Path home = dir.resolve(UUID.randomUUID().toString());
    Messages messages = app.messages();
    run =
        RunServices.sandboxLater(
            () -> {
              startedOnFxThread.set(Platform.isFxApplicationThread());
              try {
                release.await(20, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              if (failStart) {
                throw new UncheckedIOException(
                    "Could not start the sandbox on 127.0.0.1 port 0",
                    new BindException("Address already in use"));
              }
              return AppWindowFixture.sandboxServices(
                  SandboxConfig.builder().seed(7).recordCount(20).ownerCount(2).build(),
                  home.resolve("sandbox/tokens.json"),
                  url -> {},
                  messages);
            });
    app.startApp(stage, run);
  }

  /** Lets a sandbox start that the test left waiting; the fixture then closes it. */
  @AfterEach
  void releaseTheSandbox() {
    release.countDown();
  }

  @Test
  void theWindowSaysTheSandboxIsStartingThenShowsItsSignInScreen(FxRobot robot)
      throws TimeoutException {
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.isShowing()).isTrue();
    assertThat(stage.getTitle()).isEqualTo("Recording Rescue — " + NOTICE);
    assertThat(robot.lookup("#sandboxBannerText").queryAs(Label.class).getText()).isEqualTo(NOTICE);
    assertThat(robot.lookup("#signInStatus").queryAs(Label.class).getText())
        .isEqualTo("Starting the sandbox with sample data…");
    assertThat(button(robot, "#sandboxAdmin").isDisabled()).isTrue();
    assertThat(button(robot, "#signInWithWebex").isDisabled()).isTrue();
    assertThat(button(robot, "#openSettings").isDisabled()).isTrue();
    assertThat(robot.lookup("#signInHint").query().isVisible())
        .as("no 'not set up' hint for the sandbox")
        .isFalse();
    assertThat(run.started()).isFalse();

    release.countDown();
    // Looked up again on each try: the running sandbox's screen replaces the whole scene.
    waitUntil(
        () ->
            robot
                .lookup("#sandboxAdmin")
                .tryQuery()
                .map(admin -> !admin.isDisabled() && run.started())
                .orElse(false));
    assertThat(startedOnFxThread).as("the sandbox starts off the FX thread").isFalse();
    assertThat(run.started()).isTrue();
    String tokens = robot.lookup("#tokenHint").queryAs(Label.class).getText();
    assertThat(tokens).contains(run.current().sandbox().orElseThrow().adminToken());
    assertThat(stage.getTitle()).isEqualTo("Recording Rescue — " + NOTICE);

    signInWith(robot, "#sandboxAdmin");
  }

  @Test
  void aSandboxThatCannotStartIsReportedAndNothingCanBeClicked(FxRobot robot)
      throws TimeoutException {
    failStart = true;
    release.countDown();
    waitUntil(
        () ->
            robot
                .lookup("#signInError")
                .tryQuery()
                .map(error -> !((Label) error).getText().isEmpty())
                .orElse(false));
    assertThat(robot.lookup("#signInError").queryAs(Label.class).getText())
        .startsWith("The sandbox with sample data could not start (")
        .endsWith("Close Recording Rescue and start it again.");
    assertThat(button(robot, "#sandboxAdmin").isDisabled()).isTrue();
    assertThat(button(robot, "#useToken").isDisabled()).isTrue();
    assertThat(run.started()).isFalse();
  }

  private static Button button(FxRobot robot, String id) {
    return robot.lookup(id).queryButton();
  }
}
