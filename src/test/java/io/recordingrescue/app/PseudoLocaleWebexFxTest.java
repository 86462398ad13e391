package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.recordingrescue.auth.InMemoryTokenStore;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.settings.AppFolders;
import io.recordingrescue.settings.Sourced;
import io.recordingrescue.testsupport.MemoryPreferences;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.PseudoLocaleAudit;
import io.recordingrescue.ui.main.MainWindow;
import io.recordingrescue.ui.messages_en_XA;
import io.recordingrescue.ui.recyclebin.FirstSeenLedger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pseudo-locale on the screens a first run on Webex shows (nothing configured): the sign-in
 * screen with the set-up hint, its Settings, and the switch to sample data with the sandbox banner
 * and title. {@link PseudoLocaleFxTest} covers the rest.
 */
@ExtendWith(ApplicationExtension.class)
class PseudoLocaleWebexFxTest {
  @TempDir static Path dir;

  private RunServices run;
  private ExecutorService executor;
  private Stage stage;
  private final PseudoLocaleAudit audit = new PseudoLocaleAudit(Set.of(), Set.of(MainWindow.TITLE));
  private final List<String> screens = new ArrayList<>();

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    Path home = dir.resolve(UUID.randomUUID().toString());
    Messages messages = Messages.load(messages_en_XA.LOCALE);
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
            () ->
                SignInServices.sandbox(
                    SandboxConfig.builder().seed(5).recordCount(60).ownerCount(3).build(),
                    home.resolve("sandbox/tokens.json"),
                    browser,
                    Duration.ofSeconds(30),
                    messages));
    executor = Executors.newFixedThreadPool(3);
    new AppFlow(
            stage,
            run,
            new AppWiring.Environment(
                executor,
                Clock.systemUTC(),
                ZoneOffset.UTC,
                messages_en_XA.LOCALE,
                new MemoryPreferences(),
                FirstSeenLedger.inMemory()))
        .start();
    stage.requestFocus();
  }

  @AfterEach
  void tearDown() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide))
        .get();
    WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(null)).get();
    executor.shutdownNow();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    run.close();
  }

  @Test
  void firstRunOnWebexShowsOnlyBundleTextAndNothingIsCutOff(FxRobot robot) throws Exception {
    waitUntil(() -> !robot.lookup("#useToken").tryQuery().isEmpty());
    waitUntil(() -> !robot.lookup("#openSettings").queryButton().isDisabled());
    check("Webex sign-in, nothing configured");

    robot.clickOn("#openSettings");
    waitUntil(() -> robot.lookup("#settingsDialog").tryQuery().isPresent());
    check("settings on Webex");
    DialogPane settings = robot.lookup("#settingsDialog").queryAs(DialogPane.class);
    ButtonType cancel =
        settings.getButtonTypes().stream()
            .filter(t -> t.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
            .findFirst()
            .orElseThrow();
    robot.clickOn((Button) settings.lookupButton(cancel));
    waitUntil(() -> robot.lookup("#settingsDialog").tryQuery().isEmpty());

    robot.clickOn("#trySampleData");
    waitUntil(() -> robot.lookup("#sandboxPanel").tryQuery().isPresent());
    check("sandbox sign-in after 'try it with sample data'");

    assertThat(screens).hasSize(3);
    assertThat(audit.problems())
        .as("problems on the screens:%n%s", String.join("\n", audit.problems()))
        .isEmpty();
  }

  private void check(String screen) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.asyncFx(() -> audit.auditShowingWindows(screen)).get();
    screens.add(screen);
  }

  private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
