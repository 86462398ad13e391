package io.recordingrescue.app;

import static io.recordingrescue.app.AppWindowFixture.answerDialog;
import static io.recordingrescue.app.AppWindowFixture.jobSummary;
import static io.recordingrescue.app.AppWindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.api.RestoreCall;
import io.recordingrescue.ui.main.MainWindow;
import io.recordingrescue.ui.recyclebin.RecordingRow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Start-up with an unfinished job in the journal (cancelled before anything was sent): the window
 * offers to resume it, and accepting finishes it.
 */
@ExtendWith(ApplicationExtension.class)
class ResumePromptFxTest {
  @TempDir Path journalDir;

  @RegisterExtension final AppWindowFixture app = new AppWindowFixture(Locale.ROOT);
  private SandboxSession session;
  private Journal journal;
  private RestoreReport seeded;
  private TableView<RecordingRow> table;

  @Start
  void start(Stage stage) {
    session =
        SandboxSession.start(
            SandboxConfig.builder().seed(5).recordCount(150).ownerCount(3).build(), true);
    journal = new Journal(journalDir, Clock.systemUTC());
    seeded = AppWindowFixture.cancelledJob(session, journal, 7);
    MainWindow window =
        app.showMainWindow(
            stage,
            session,
            new AppWiring.RestoreSetup(
                journal, RestoreEngine.Options.defaults(), (o, t, n, e) -> Optional.empty()));
    table = window.binView().table();
  }

  @Test
  void offersTheUnfinishedJobAtStartAndFinishesItWhenAccepted(FxRobot robot) throws Exception {
    assertThat(seeded.state()).isEqualTo(JobState.CANCELLED);
    assertThat(seeded.unsettledIds()).hasSize(7);
    assertThat(session.sandbox().restoreLog()).isEmpty();

    waitUntil(() -> robot.lookup("#confirmDialog").tryQuery().isPresent());
    DialogPane pane = robot.lookup("#confirmDialog").queryAs(DialogPane.class);
    assertThat(pane.getHeaderText()).isEqualTo("1 restore job did not finish. Resume now?");
    assertThat(pane.getContentText())
        .contains(seeded.jobId())
        .contains("7 recordings still to do")
        .contains(session.me().primaryEmail());
    answerDialog(robot, "#confirmDialog", ButtonBar.ButtonData.OK_DONE);

    waitUntil(() -> jobSummary(robot).contains("Restored: 7 · Failed: 0"));
    assertThat(session.sandbox().restoreLog())
        .flatExtracting(RestoreCall::recordingIds)
        .containsExactlyInAnyOrderElementsOf(seeded.unsettledIds());
    assertThat(journal.unfinished()).isEmpty();
    waitUntil(
        () ->
            !table.getItems().isEmpty()
                && table.getItems().stream()
                    .noneMatch(r -> seeded.unsettledIds().contains(r.id())));
  }
}
