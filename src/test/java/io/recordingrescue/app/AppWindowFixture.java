package io.recordingrescue.app;

import io.recordingrescue.auth.BrowserOpener;
import io.recordingrescue.auth.InMemoryTokenStore;
import io.recordingrescue.restore.CancellationToken;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.ProgressListener;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.RestorePlanner;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.restore.WebexRestoreGateway;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.settings.AppFolders;
import io.recordingrescue.settings.Sourced;
import io.recordingrescue.testsupport.MemoryPreferences;
import io.recordingrescue.testsupport.SandboxBins;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.main.MainWindow;
import io.recordingrescue.ui.messages_en_XA;
import io.recordingrescue.ui.recyclebin.FirstSeenLedger;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Sleeper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's window as every window test here starts it: three workers, the system clock in UTC,
 * preferences and the first-seen ledger in memory; after each test every window hidden, the workers
 * stopped and the run's services closed. Register it on an instance field beside TestFX's {@code
 * ApplicationExtension}, so that it cleans up before TestFX does: {@code @RegisterExtension final
 * AppWindowFixture app = new AppWindowFixture(Locale.ROOT);}
 */
final class AppWindowFixture implements AfterEachCallback {
  /** What the sandbox's banner says, and its window title after the app's name. */
  static final String SANDBOX_NOTICE = "Sandbox — sample data, nothing here is real";

  private final Locale locale;
  private final ExecutorService executor = Executors.newFixedThreadPool(3);
  private final Preferences prefs = new MemoryPreferences();
  private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
  private final boolean productTheme;

  /** The window in {@code locale}, in JavaFX's own theme. */
  AppWindowFixture(Locale locale) {
    this(locale, false);
  }

  private AppWindowFixture(Locale locale, boolean productTheme) {
    this.locale = locale;
    this.productTheme = productTheme;
  }

  /**
   * The window in the pseudo-locale ({@code messages_en_XA}) and the product's theme, whose fonts
   * and paddings decide what fits.
   */
  static AppWindowFixture pseudoLocale() {
    return new AppWindowFixture(messages_en_XA.LOCALE, true);
  }

  Messages messages() {
    return Messages.load(locale);
  }

  AppWiring.Environment environment() {
    return new AppWiring.Environment(
        executor, Clock.systemUTC(), ZoneOffset.UTC, locale, prefs, FirstSeenLedger.inMemory());
  }

  /** Shows the window as the app starts on {@code services}: the sign-in screen first. */
  AppFlow startApp(Stage stage, SignInServices services) {
    return startApp(stage, RunServices.fixed(services), null);
  }

  AppFlow startApp(Stage stage, RunServices run) {
    return startApp(stage, run, null);
  }

  /** As above, journalling restore jobs with {@code restore} (null: the product's journal). */
  AppFlow startApp(Stage stage, RunServices run, AppWiring.RestoreSetup restore) {
    toClose.push(run);
    applyTheme();
    AppFlow flow = new AppFlow(stage, run, environment());
    if (restore != null) {
      flow.useRestoreSetup(restore);
    }
    flow.start();
    stage.requestFocus();
    return flow;
  }

  /**
   * Shows the window as the installed app starts it the first time: Webex with nothing configured,
   * settings in a new folder under {@code dir}, the browser a consent-page stub.
   */
  AppFlow startFirstRunOnWebex(Stage stage, Path dir) {
    Path home = dir.resolve(UUID.randomUUID().toString());
    return startApp(stage, firstRunOnWebex(home, new ConsentBrowser(), messages(), () -> {}));
  }

  /** Shows the main window as after signing in to {@code session}. */
  MainWindow showMainWindow(Stage stage, Session session, AppWiring.RestoreSetup restore) {
    toClose.push(session);
    applyTheme();
    MainWindow window = AppWiring.mainWindow(stage, session, environment(), restore);
    window.show();
    stage.requestFocus();
    return window;
  }

  private void applyTheme() {
    if (productTheme) {
      // As the app sets it: AtlantaFX's binary Primer Light.
      Application.setUserAgentStylesheet(Themes.primerStylesheet(false));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    try {
      // Hide first: hiding saves the window's layout into the preferences.
      WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide))
          .get();
      if (productTheme) {
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(null)).get();
      }
      executor.shutdownNow();
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } finally {
      while (!toClose.isEmpty()) {
        toClose.pop().close();
      }
    }
  }

  /** Webex as a first run finds it: nothing configured, files below {@code home}, no keychain. */
  static SignInServices webexServices(Path home, BrowserOpener browser, Messages messages) {
    return SignInServices.webex(
        new AppFolders(
            new Sourced<>(home.resolve("data"), "test"),
            new Sourced<>(home.resolve("config/config.properties"), "test"),
            new Sourced<>(home.resolve("machine/config.properties"), "test")),
        Map.of(),
        new InMemoryTokenStore(),
        browser,
        messages);
  }

  /**
   * A first run: Webex with nothing configured, and sample data (a small seeded sandbox) one click
   * away; {@code onSandboxStart} hears each start of the sandbox.
   */
  static RunServices firstRunOnWebex(
      Path home, BrowserOpener browser, Messages messages, Runnable onSandboxStart) {
    return RunServices.webexOrSandbox(
        webexServices(home, browser, messages),
        () -> {
          onSandboxStart.run();
          return sandboxServices(
              SandboxConfig.builder().seed(5).recordCount(60).ownerCount(3).build(),
              home.resolve("sandbox/tokens.json"),
              browser,
              messages);
        });
  }

  /** The embedded sandbox with {@code config}; "keep me signed in" writes {@code tokenFile}. */
  static SignInServices sandboxServices(
      SandboxConfig config, Path tokenFile, BrowserOpener browser, Messages messages) {
    return SignInServices.sandbox(config, tokenFile, browser, Duration.ofSeconds(30), messages);
  }

  /**
   * A restore job of {@code count} recordings of the sandbox's bin, journalled and cancelled before
   * anything was sent: the unfinished job a start-up offers to resume.
   */
  static RestoreReport cancelledJob(SandboxSession session, Journal journal, int count) {
    CancellationToken cancelled = new CancellationToken();
    cancelled.cancel();
    Clock clock = Clock.systemUTC();
    return new RestoreEngine(
            WebexRestoreGateway.of(session.client(), clock),
            journal,
            clock,
            Sleeper.SYSTEM,
            RestoreEngine.Options.defaults())
        .run(
            new RestorePlanner()
                .plan(new RestoreTarget.ByIds(SandboxBins.deletedIds(session.sandbox(), 0, count))),
            session.me().primaryEmail(),
            ListScope.org(),
            ProgressListener.NONE,
            cancelled);
  }

  /** Waits up to 30 s for {@code condition}, then for the FX events it set off. */
  static void waitUntil(BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Clicks {@code button} on the sign-in screen and waits for the main window's account bar. */
  static void signInWith(FxRobot robot, String button) throws TimeoutException {
    robot.clickOn(button);
    waitUntil(() -> robot.lookup("#whoAmI").tryQuery().isPresent());
  }

  /** Signs out and waits for the sign-in screen. */
  static void signOut(FxRobot robot) throws TimeoutException {
    robot.clickOn("#signOut");
    waitUntil(() -> robot.lookup("#signInScreen").tryQuery().isPresent());
  }

  /** Presses the button of that kind on the dialog {@code pane} and waits until it has gone. */
  static void answerDialog(FxRobot robot, String pane, ButtonBar.ButtonData kind)
      throws TimeoutException {
    DialogPane dialog = robot.lookup(pane).queryAs(DialogPane.class);
    ButtonType type =
        dialog.getButtonTypes().stream()
            .filter(t -> t.getButtonData() == kind)
            .findFirst()
            .orElseThrow(() -> new AssertionError(pane + " has no " + kind + " button"));
    robot.clickOn((Button) dialog.lookupButton(type));
    waitUntil(() -> robot.lookup(pane).tryQuery().isEmpty());
  }

  /** Waits for the confirmation dialog and answers OK. */
  static void confirm(FxRobot robot) throws TimeoutException {
    waitUntil(() -> robot.lookup("#confirmDialog").tryQuery().isPresent());
    answerDialog(robot, "#confirmDialog", ButtonBar.ButtonData.OK_DONE);
  }

  /** The jobs panel's summary of the last job; empty while there is none. */
  static String jobSummary(FxRobot robot) {
    return robot.lookup("#jobSummary").tryQuery().map(n -> ((TextArea) n).getText()).orElse("");
  }
}
