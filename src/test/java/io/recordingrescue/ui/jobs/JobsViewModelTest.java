package io.recordingrescue.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.ui.Fakes;
import io.recordingrescue.ui.UiExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class JobsViewModelTest {
  private final Fakes.FakeRunner runner = new Fakes.FakeRunner();
  private final Fakes.ScriptedDialogs dialogs = new Fakes.ScriptedDialogs();
  private final JobsViewModel vm =
      new JobsViewModel(runner, UiExecutor.inline(), dialogs, Fakes.messages());

  @Test
  void summaryCountsAndNamesTheTrackingIdOfEachFailure() {
    runner.failing.add("b");
    List<RestoreReport> reports = new ArrayList<>();
    JobViewModel job =
        vm.start("Restore 3", new RestoreTarget.ByIds(List.of("a", "b", "c")), reports::add);
    assertThat(reports).hasSize(1);
    assertThat(job.runningProperty().get()).isFalse();
    assertThat(job.summaryProperty().get())
        .startsWith("Restored: 2 · Failed: 1 · Unknown: 0")
        .contains("b: HTTP 500 Internal error (trackingId track-b)");
    assertThat(vm.lastSummaryProperty().get()).startsWith("Restore 3\n");
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(dialogs.finished).hasSize(1);
  }

  @Test
  void cancelDuringTheJobReportsIdsNotSent() {
    AtomicReference<JobViewModel> job = new AtomicReference<>();
    runner.duringRun = () -> vm.cancelCurrent();
    job.set(vm.start("Restore 2", new RestoreTarget.ByIds(List.of("a", "b")), r -> {}));
    assertThat(job.get().isCancelRequested()).isTrue();
    assertThat(job.get().progressTextProperty().get()).isEqualTo("Cancelled");
    assertThat(job.get().summaryProperty().get())
        .contains("Restored: 0")
        .contains("Not sent (cancelled): 2");
  }

  @Test
  void aJobThatThrowsEndsWithAPlainErrorAndIsNotBusy() {
    JobsViewModel failing =
        new JobsViewModel(
            (target, progress, cancelled) -> {
              throw new io.recordingrescue.webex.WebexNetworkException("reset", null, true);
            },
            UiExecutor.inline(),
            dialogs,
            Fakes.messages());
    JobViewModel job = failing.start("Restore 1", new RestoreTarget.ByIds(List.of("a")), r -> {});
    assertThat(job.runningProperty().get()).isFalse();
    assertThat(failing.busyProperty().get()).isFalse();
    assertThat(dialogs.errors).singleElement().asString().contains("could not be reached");
  }
}
