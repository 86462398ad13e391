package io.recordingrescue.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.ui.Fakes;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.jobs.JobsViewModel;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumePromptTest {
  @TempDir Path journalDir;
  private EngineOnSandbox env;
  private final Fakes.ScriptedDialogs dialogs = new Fakes.ScriptedDialogs();
  private JobsViewModel jobs;
  private ResumePrompt prompt;
  private final List<RestoreReport> resumedReports = new ArrayList<>();

  @BeforeEach
  void setUp() {
    env = new EngineOnSandbox(journalDir);
    jobs = new JobsViewModel(env.runner, UiExecutor.inline(), dialogs, Fakes.messages());
    jobs.setOnAnyResumeFinished(resumedReports::add);
    prompt =
        new ResumePrompt(
            env.journal,
            jobs,
            UiExecutor.inline(),
            dialogs,
            Fakes.messages(),
            ZoneOffset.UTC,
            Locale.ROOT);
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  @Test
  void nothingUnfinishedAsksNothing() throws Exception {
    env.completed(env.deletedIds(0, 2));
    prompt.check();
    assertThat(dialogs.confirmations).isEmpty();
    assertThat(jobs.jobs()).isEmpty();
  }

  @Test
  void namesEachUnfinishedJobAndResumesThemWhenAccepted() throws Exception {
    RestoreReport first = env.cancelled(env.deletedIds(0, 3));
    RestoreReport second = env.cancelled(env.deletedIds(3, 4));
    List<ResumePrompt.Unfinished> found = new ArrayList<>();
    prompt.check(found::addAll);

    assertThat(found)
        .extracting(ResumePrompt.Unfinished::jobId)
        .containsExactlyInAnyOrder(first.jobId(), second.jobId());
    assertThat(dialogs.confirmations)
        .singleElement()
        .asString()
        .startsWith("2 restore jobs did not finish. Resume now?")
        .contains(first.jobId())
        .contains("Cancelled, 3 recordings still to do")
        .contains("Cancelled, 4 recordings still to do")
        .contains(env.sandbox.adminEmail());
    assertThat(resumedReports)
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.state()).isEqualTo(JobState.COMPLETED));
    assertThat(env.journal.unfinished()).isEmpty();
    assertThat(env.sandbox.restoreLog()).flatExtracting(c -> c.recordingIds()).hasSize(7);
  }

  @Test
  void declinedLeavesTheJobsUnfinishedForLater() throws Exception {
    RestoreReport job = env.cancelled(env.deletedIds(0, 3));
    dialogs.answer = false;
    prompt.check();
    assertThat(dialogs.confirmations).hasSize(1);
    assertThat(env.sandbox.restoreLog()).isEmpty();
    assertThat(env.journal.unfinished()).extracting(r -> r.jobId()).containsExactly(job.jobId());
  }
}
