package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.CancellationToken;
import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.ProgressListener;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.RestorePlanner;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.restore.WebexRestoreGateway;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.api.RestoreCall;
import io.recordingrescue.ui.main.MainWindow;
import io.recordingrescue.ui.recyclebin.FirstSeenLedger;
import io.recordingrescue.ui.recyclebin.RecordingRow;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Sleeper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
 * Start-up with an unfinished job in the journal (cancelled before anything was sent): the window
 * offers to resume it, and accepting finishes it.
 */
@ExtendWith(ApplicationExtension.class)
class ResumePromptFxTest {
  @TempDir Path journalDir;
  private SandboxSession session;
  private ExecutorService executor;
  private Preferences prefs;
  private Journal journal;
  private RestoreReport seeded;
  private TableView<RecordingRow> table;

  @Start
  void start(Stage stage) {
    session =
        SandboxSession.start(
            SandboxConfig.builder().seed(5).recordCount(150).ownerCount(3).build(), true);
    Clock clock = Clock.systemUTC();
    journal = new Journal(journalDir, clock);
    List<String> ids =
        session.sandbox().recordings().stream()
            .filter(r -> "deleted".equals(r.status()))
            .map(r -> r.id())
            .limit(7)
            .toList();
    CancellationToken cancelled = new CancellationToken();
    cancelled.cancel();
    seeded =
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
    prefs = Preferences.userRoot().node("recording-rescue-test/" + UUID.randomUUID());
    MainWindow window =
        AppWiring.mainWindow(
            stage,
            session,
            new AppWiring.Environment(
                executor, clock, ZoneOffset.UTC, Locale.ROOT, prefs, FirstSeenLedger.inMemory()),
            new AppWiring.RestoreSetup(
                journal, RestoreEngine.Options.defaults(), (o, t, n, e) -> Optional.empty()));
    table = window.binView().table();
    window.show();
    stage.requestFocus();
  }

  @AfterEach
  void tearDown() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> table.getScene().getWindow().hide()).get();
    executor.shutdownNow();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    session.close();
    prefs.removeNode();
  }

  @Test
  void offersTheUnfinishedJobAtStartAndFinishesItWhenAccepted(FxRobot robot) throws Exception {
    assertThat(seeded.state()).isEqualTo(JobState.CANCELLED);
    assertThat(seeded.unsettledIds()).hasSize(7);
    assertThat(session.sandbox().restoreLog()).isEmpty();

    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialog").tryQuery().isPresent());
    DialogPane pane = robot.lookup("#confirmDialog").queryAs(DialogPane.class);
    assertThat(pane.getHeaderText()).isEqualTo("1 restore job did not finish. Resume now?");
    assertThat(pane.getContentText())
        .contains(seeded.jobId())
        .contains("7 recordings still to do")
        .contains(session.me().primaryEmail());
    robot.clickOn((Button) pane.lookupButton(ButtonType.OK));

    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () ->
            robot
                .lookup("#jobSummary")
                .tryQuery()
                .map(n -> ((TextArea) n).getText())
                .orElse("")
                .contains("Restored: 7 · Failed: 0"));
    assertThat(session.sandbox().restoreLog())
        .flatExtracting(RestoreCall::recordingIds)
        .containsExactlyInAnyOrderElementsOf(seeded.unsettledIds());
    assertThat(journal.unfinished()).isEmpty();
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () ->
            !table.getItems().isEmpty()
                && table.getItems().stream()
                    .noneMatch(r -> seeded.unsettledIds().contains(r.id())));
  }
}
