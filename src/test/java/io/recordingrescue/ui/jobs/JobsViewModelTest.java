package io.recordingrescue.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.ui.Fakes;
import io.recordingrescue.ui.RestoreRunner;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.webex.WebexNetworkException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobsViewModelTest {
  private final Fakes.FakeRunner runner = new Fakes.FakeRunner();
  private final Fakes.ScriptedDialogs dialogs = new Fakes.ScriptedDialogs();
  private final JobsState jobs =
      new JobsState(runner, UiExecutor.inline(), dialogs, Fakes.messages());
  private final JobsViewModel vm =
      new JobsViewModel(jobs, UiExecutor.inline(), dialogs, Fakes.messages());

  @TempDir Path dir;

  @Test
  void summaryCountsAndNamesTheTrackingIdOfEachFailure() {
    runner.failing.add("b");
    List<RestoreReport> reports = new ArrayList<>();
    JobViewModel job =
        jobs.start("Restore 3", new RestoreTarget.ByIds(List.of("a", "b", "c")), reports::add);
    assertThat(reports).hasSize(1);
    assertThat(job.runningProperty().get()).isFalse();
    assertThat(job.stateProperty().get()).isEqualTo(JobState.COMPLETED);
    assertThat(job.resumableProperty().get()).isFalse();
    assertThat(job.summaryProperty().get())
        .startsWith("Restored: 2 · Failed: 1 · Unknown: 0")
        .contains("b: HTTP 500 Internal error (trackingId track-b)");
    assertThat(jobs.lastSummaryProperty().get()).startsWith("Restore 3\n");
    assertThat(jobs.busyProperty().get()).isFalse();
    assertThat(dialogs.finished).hasSize(1);
  }

  @Test
  void cancelDuringTheJobReportsIdsNotSentAndOffersResume() {
    AtomicReference<JobViewModel> job = new AtomicReference<>();
    runner.duringRun = () -> vm.cancelCurrent();
    job.set(jobs.start("Restore 2", new RestoreTarget.ByIds(List.of("a", "b")), r -> {}));
    assertThat(job.get().isCancelRequested()).isTrue();
    assertThat(job.get().stateProperty().get()).isEqualTo(JobState.CANCELLED);
    assertThat(job.get().progressTextProperty().get()).startsWith("Cancelled");
    assertThat(job.get().summaryProperty().get())
        .contains("Restored: 0")
        .contains("Not sent (cancelled): 2");
    assertThat(job.get().resumableProperty().get()).isTrue();
  }

  @Test
  void aJobPausedForSignInSaysSoAndResumeFinishesItWithTheSameCallback() {
    runner.pauseForSignIn = true;
    List<RestoreReport> reports = new ArrayList<>();
    JobViewModel paused =
        jobs.start("Restore 2", new RestoreTarget.ByIds(List.of("a", "b")), reports::add);
    assertThat(paused.stateProperty().get()).isEqualTo(JobState.PAUSED_SIGN_IN);
    assertThat(paused.jobId()).isEqualTo("job-1");
    assertThat(paused.resumableProperty().get()).isTrue();
    assertThat(paused.progressTextProperty().get()).contains("sign in again");
    assertThat(paused.summaryProperty().get())
        .contains("Unknown: 2")
        .contains("sign-in expired: 2 recordings are still to do");

    vm.resumeCurrent();

    assertThat(runner.resumed).containsExactly("job-1");
    assertThat(paused.resumableProperty().get()).isFalse();
    JobViewModel resumed = jobs.currentProperty().get();
    assertThat(resumed).isNotSameAs(paused);
    assertThat(resumed.title()).isEqualTo("Resume: Restore 2");
    assertThat(resumed.stateProperty().get()).isEqualTo(JobState.COMPLETED);
    assertThat(reports)
        .extracting(RestoreReport::state)
        .containsExactly(JobState.PAUSED_SIGN_IN, JobState.COMPLETED);
    assertThat(resumed.summaryProperty().get()).startsWith("Restored: 2 · Failed: 0");
  }

  @Test
  void resumedJobsAlsoTellTheWindowWideListener() {
    runner.pauseForSignIn = true;
    jobs.start("Restore 1", new RestoreTarget.ByIds(List.of("a")), r -> {});
    List<RestoreReport> seen = new ArrayList<>();
    jobs.onEveryReport(seen::add);
    jobs.resume("job-1", "job job-1", r -> {});
    assertThat(seen).singleElement().satisfies(r -> assertThat(r.completed()).isTrue());
  }

  @Test
  void resumeIsIgnoredForAJobThatCompleted() {
    jobs.start("Restore 1", new RestoreTarget.ByIds(List.of("a")), r -> {});
    vm.resumeCurrent();
    assertThat(runner.resumed).isEmpty();
  }

  @Test
  void exportWritesTheAuditCsvWhereTheOperatorChose() throws Exception {
    runner.failing.add("b");
    jobs.start("Restore 2", new RestoreTarget.ByIds(List.of("a", "b")), r -> {});
    dialogs.saveAs = dir.resolve("audit.csv");
    vm.exportCurrent(AuditFormat.CSV);
    assertThat(dialogs.saveQuestions).containsExactly("recording-rescue-job-1.csv");
    List<String> lines = Files.readAllLines(dialogs.saveAs);
    assertThat(lines.get(0)).startsWith("jobId,operator,");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).contains(",a,").contains("RESTORED");
    assertThat(lines.get(2)).contains(",b,").contains("FAILED").endsWith("track-b");
    assertThat(vm.lastExportProperty().get()).contains("audit.csv");
  }

  @Test
  void exportJsonAndACancelledSaveDialogWritesNothing() throws Exception {
    jobs.start("Restore 1", new RestoreTarget.ByIds(List.of("a")), r -> {});
    vm.exportCurrent(AuditFormat.JSON);
    assertThat(dialogs.saveQuestions).containsExactly("recording-rescue-job-1.json");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
    dialogs.saveAs = dir.resolve("sub/audit.json");
    vm.exportCurrent(AuditFormat.JSON);
    assertThat(Files.readString(dialogs.saveAs)).contains("\"jobId\" : \"job-1\"");
  }

  @Test
  void aFailedExportIsSaidInADialog() throws Exception {
    jobs.start("Restore 1", new RestoreTarget.ByIds(List.of("a")), r -> {});
    Files.createDirectories(dir.resolve("taken.csv.tmp"));
    dialogs.saveAs = dir.resolve("taken.csv");
    vm.exportCurrent(AuditFormat.CSV);
    assertThat(dialogs.errors).singleElement().asString().isNotBlank();
    assertThat(Files.exists(dialogs.saveAs)).isFalse();
  }

  @Test
  void aJobThatThrowsEndsWithAPlainErrorAndIsNotBusy() {
    RestoreRunner throwing =
        new RestoreRunner() {
          @Override
          public RestoreReport run(
              RestoreTarget target, Consumer<ProgressEvent> p, BooleanSupplier c) {
            throw new WebexNetworkException("reset", null, true);
          }

          @Override
          public RestoreReport resume(String id, Consumer<ProgressEvent> p, BooleanSupplier c) {
            throw new AssertionError("not resumed");
          }
        };
    JobsState failing = new JobsState(throwing, UiExecutor.inline(), dialogs, Fakes.messages());
    JobViewModel job = failing.start("Restore 1", new RestoreTarget.ByIds(List.of("a")), r -> {});
    assertThat(job.runningProperty().get()).isFalse();
    assertThat(job.resumableProperty().get()).isFalse();
    assertThat(failing.busyProperty().get()).isFalse();
    assertThat(dialogs.errors).singleElement().asString().contains("could not be reached");
  }
}
