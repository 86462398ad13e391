package io.recordingrescue.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.IdOutcome;
import io.recordingrescue.restore.JobHistory;
import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.ui.EngineOnSandbox;
import io.recordingrescue.ui.Fakes;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.jobs.AuditFormat;
import io.recordingrescue.ui.jobs.JobsState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryViewModelTest {
  @TempDir Path journalDir;
  @TempDir Path exportDir;
  private EngineOnSandbox env;
  private final Fakes.ScriptedDialogs dialogs = new Fakes.ScriptedDialogs();
  private JobsState jobs;
  private HistoryViewModel vm;
  private RestoreReport done;
  private RestoreReport cancelled;

  @BeforeEach
  void setUp() throws Exception {
    env = new EngineOnSandbox(journalDir);
    done = env.completed(env.deletedIds(0, 5));
    cancelled = env.cancelled(env.deletedIds(5, 3));
    jobs = new JobsState(env.runner, UiExecutor.inline(), dialogs, Fakes.messages());
    vm =
        new HistoryViewModel(
            new JobHistory(env.journal), jobs, UiExecutor.inline(), dialogs, Fakes.messages());
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  private HistoryRow row(String jobId) {
    return vm.rows().stream().filter(r -> r.jobId().equals(jobId)).findFirst().orElseThrow();
  }

  @Test
  void listsPastJobsWithTheirCountsAndState() {
    vm.refresh();
    assertThat(vm.rows()).hasSize(2);
    assertThat(vm.statusProperty().get()).isEqualTo("2 jobs");
    HistoryRow completed = row(done.jobId());
    assertThat(completed.state()).isEqualTo(JobState.COMPLETED);
    assertThat(completed.total()).isEqualTo(5);
    assertThat(completed.restored()).isEqualTo(5);
    assertThat(completed.failed()).isZero();
    assertThat(completed.operator()).isEqualTo(env.sandbox.adminEmail());
    assertThat(completed.resumable()).isFalse();
    HistoryRow stopped = row(cancelled.jobId());
    assertThat(stopped.state()).isEqualTo(JobState.CANCELLED);
    assertThat(stopped.unsettled()).isEqualTo(3);
    assertThat(stopped.resumable()).isTrue();
  }

  @Test
  void opensAJobsOutcomesWithTopicAndOwner() {
    vm.refresh();
    vm.select(row(done.jobId()));
    assertThat(vm.canResumeProperty().get()).isFalse();
    assertThat(vm.canExportProperty().get()).isTrue();
    vm.openSelected();
    assertThat(vm.outcomes())
        .hasSize(5)
        .allSatisfy(
            o -> {
              assertThat(o.state()).isEqualTo(FinalState.RESTORED);
              assertThat(o.topic()).isNotBlank();
              assertThat(o.ownerEmail()).contains("@");
            });
    assertThat(vm.statusProperty().get()).contains("5 recordings with a final state");
    vm.select(row(cancelled.jobId()));
    assertThat(vm.outcomes()).isEmpty();
  }

  @Test
  void exportsTheSelectedJobsAuditCsvWithOneRowPerId() throws Exception {
    vm.refresh();
    vm.select(row(done.jobId()));
    dialogs.saveAs = exportDir.resolve("audit.csv");
    vm.exportSelected(AuditFormat.CSV);
    List<String> lines = Files.readAllLines(dialogs.saveAs);
    assertThat(lines.get(0)).startsWith("jobId,operator,startedAt");
    assertThat(lines.subList(1, lines.size()))
        .hasSize(5)
        .allSatisfy(l -> assertThat(l).startsWith(done.jobId() + ",").contains(",RESTORED,"));
    List<String> ids = new ArrayList<>();
    lines.subList(1, lines.size()).forEach(l -> ids.add(l.split(",")[6]));
    assertThat(ids)
        .containsExactlyInAnyOrderElementsOf(done.outcomes().stream().map(IdOutcome::id).toList());
    assertThat(vm.statusProperty().get()).contains("audit.csv");
  }

  @Test
  void resumesAnUnfinishedJobAndListsItAsCompletedAfterwards() {
    vm.refresh();
    vm.select(row(cancelled.jobId()));
    assertThat(vm.canResumeProperty().get()).isTrue();
    vm.resumeSelected();
    assertThat(jobs.currentProperty().get().stateProperty().get()).isEqualTo(JobState.COMPLETED);
    HistoryRow after = row(cancelled.jobId());
    assertThat(after.state()).isEqualTo(JobState.COMPLETED);
    assertThat(after.restored()).isEqualTo(3);
    assertThat(vm.canResumeProperty().get()).isFalse();
    assertThat(env.journal.unfinished()).isEmpty();
  }

  @Test
  void anUnreadableJournalIsListedButNeitherOpenedNorExported() throws Exception {
    Files.writeString(journalDir.resolve("20990101-000000-broken.jsonl"), "not json at all\n");
    vm.refresh();
    HistoryRow broken = row("20990101-000000-broken");
    assertThat(broken.problem()).isNotBlank();
    vm.select(broken);
    assertThat(vm.canExportProperty().get()).isFalse();
    assertThat(vm.canResumeProperty().get()).isFalse();
    dialogs.saveAs = exportDir.resolve("x.csv");
    vm.exportSelected(AuditFormat.CSV);
    assertThat(dialogs.saveQuestions).isEmpty();
  }
}
