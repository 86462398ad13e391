package io.recordingrescue.ui.recyclebin;

import static io.recordingrescue.ui.Fakes.NOW;
import static io.recordingrescue.ui.Fakes.rec;
import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.ui.Fakes;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.jobs.JobsState;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The restored rows of every job leave the shared bin: wired once, new and resumed jobs alike. */
class BinStateTest {
  private final Fakes.FakeRunner runner = new Fakes.FakeRunner();
  private final JobsState jobs =
      new JobsState(runner, UiExecutor.inline(), new Fakes.ScriptedDialogs(), Fakes.messages());
  private final BinState bin = new BinState(Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC, jobs);
  private final AtomicInteger selectionEvents = new AtomicInteger();

  @BeforeEach
  void load() {
    RowFactory rows = new RowFactory();
    bin.loaded()
        .addPages(
            List.of(
                SearchIndex.Page.of(
                    List.of(
                        rows.row(rec("a", "ann@x.com", 10), NOW),
                        rows.row(rec("b", "ann@x.com", 20), NOW),
                        rows.row(rec("c", "bob@x.com", 30), NOW)))));
    bin.select(List.copyOf(bin.rows()));
    bin.onSelectionChange(selectionEvents::incrementAndGet);
  }

  @Test
  void aNewJobsRestoredRowsLeaveTheRowsAndTheSelection() {
    jobs.start("Restore 2", new RestoreTarget.ByIds(List.of("a", "b")), report -> {});

    assertThat(bin.byId()).containsOnlyKeys("c");
    assertThat(bin.selection()).extracting(RecordingRow::id).containsExactly("c");
    assertThat(selectionEvents).hasValue(1);
  }

  @Test
  void aResumedJobsRestoredRowsLeaveTooThoughNoScreenAskedForIt() {
    runner.pauseForSignIn = true;
    jobs.start("Restore 1", new RestoreTarget.ByIds(List.of("c")), report -> {});
    assertThat(bin.byId()).containsOnlyKeys("a", "b", "c"); // Paused: nothing restored yet.

    jobs.resume("job-1", "job job-1", report -> {});

    assertThat(bin.byId()).containsOnlyKeys("a", "b");
    assertThat(bin.selection()).extracting(RecordingRow::id).containsExactly("a", "b");
  }

  @Test
  void failedIdsStayAndNothingRestoredChangesNothing() {
    runner.failing.add("a");
    jobs.start("Restore 1", new RestoreTarget.ByIds(List.of("a")), report -> {});

    assertThat(bin.byId()).containsOnlyKeys("a", "b", "c");
    assertThat(selectionEvents).hasValue(0);
  }
}
