package io.recordingrescue.app;

import static io.recordingrescue.app.AppWindowFixture.jobSummary;
import static io.recordingrescue.app.AppWindowFixture.waitUntil;

import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ButtonBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The pseudo-locale on the resume prompt a start-up shows for an unfinished job, and on the summary
 * of the resumed job. {@link PseudoLocaleFxTest} covers the other screens.
 */
@ExtendWith(ApplicationExtension.class)
class PseudoLocaleResumeFxTest {
  @TempDir Path journalDir;

  @RegisterExtension final AppWindowFixture app = AppWindowFixture.pseudoLocale();
  private final AuditedScreens screens = new AuditedScreens(Set.of());

  @Start
  void start(Stage stage) {
    SandboxSession session =
        SandboxSession.start(
            SandboxConfig.builder().seed(5).recordCount(150).ownerCount(3).build(), true);
    Journal journal = new Journal(journalDir, Clock.systemUTC());
    AppWindowFixture.cancelledJob(session, journal, 7);
    app.showMainWindow(
        stage,
        session,
        new AppWiring.RestoreSetup(
            journal, RestoreEngine.Options.defaults(), (o, t, n, e) -> Optional.empty()));
  }

  @Test
  void theResumePromptAndTheResumedJobShowOnlyBundleText(FxRobot robot) throws Exception {
    screens.checkDialog(robot, "#confirmDialog", "resume prompt", ButtonBar.ButtonData.OK_DONE);
    waitUntil(() -> !jobSummary(robot).isEmpty());
    screens.check("resumed job's summary");
    screens.assertNoProblems(2);
  }
}
