package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.recordingrescue.restore.CancellationToken;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.ProgressListener;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.RestorePlanner;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.restore.WebexRestoreGateway;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.testsupport.MemoryPreferences;
import io.recordingrescue.ui.PseudoLocaleAudit;
import io.recordingrescue.ui.main.MainWindow;
import io.recordingrescue.ui.messages_en_XA;
import io.recordingrescue.ui.recyclebin.FirstSeenLedger;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Sleeper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
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
 * The pseudo-locale on the resume prompt a start-up shows for an unfinished job, and on the summary
 * of the resumed job. {@link PseudoLocaleFxTest} covers the other screens.
 */
@ExtendWith(ApplicationExtension.class)
class PseudoLocaleResumeFxTest {
  @TempDir Path journalDir;
  private SandboxSession session;
  private ExecutorService executor;
  private final PseudoLocaleAudit audit = new PseudoLocaleAudit(Set.of(), Set.of(MainWindow.TITLE));

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    session =
        SandboxSession.start(
            SandboxConfig.builder().seed(5).recordCount(150).ownerCount(3).build(), true);
    Clock clock = Clock.systemUTC();
    Journal journal = new Journal(journalDir, clock);
    List<String> ids =
        session.sandbox().recordings().stream()
            .filter(r -> "deleted".equals(r.status()))
            .map(r -> r.id())
            .limit(7)
            .toList();
    CancellationToken cancelled = new CancellationToken();
    cancelled.cancel();
    new RestoreEngine(
            WebexRestoreGateway.of(session.client(), clock),
            journal,
            clock,
            Sleeper.SYSTEM,
            RestoreEngine.Options.defaults())
        .run(
            new RestorePlanner().plan(new RestoreTarget.ByIds(ids)),
            session.me().primaryEmail(),
            ListScope.org(),
            ProgressListener.NONE,
            cancelled);
    executor = Executors.newFixedThreadPool(3);
    MainWindow window =
        AppWiring.mainWindow(
            stage,
            session,
            new AppWiring.Environment(
                executor,
                clock,
                ZoneOffset.UTC,
                messages_en_XA.LOCALE,
                new MemoryPreferences(),
                FirstSeenLedger.inMemory()),
            new AppWiring.RestoreSetup(
                journal, RestoreEngine.Options.defaults(), (o, t, n, e) -> Optional.empty()));
    window.show();
    stage.requestFocus();
  }

  @AfterEach
  void tearDown() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide))
        .get();
    WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(null)).get();
    executor.shutdownNow();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    session.close();
  }

  @Test
  void theResumePromptAndTheResumedJobShowOnlyBundleText(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialog").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.asyncFx(() -> audit.auditShowingWindows("resume prompt")).get();
    DialogPane pane = robot.lookup("#confirmDialog").queryAs(DialogPane.class);
    robot.clickOn((Button) pane.lookupButton(ButtonType.OK));
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () ->
            !robot
                .lookup("#jobSummary")
                .tryQuery()
                .map(n -> ((TextArea) n).getText())
                .orElse("")
                .isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.asyncFx(() -> audit.auditShowingWindows("resumed job's summary")).get();
    assertThat(audit.problems())
        .as("problems on the screens:%n%s", String.join("\n", audit.problems()))
        .isEmpty();
  }
}
