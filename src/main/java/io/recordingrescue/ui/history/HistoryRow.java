package io.recordingrescue.ui.history;

import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.JobHistory;
import io.recordingrescue.restore.JobState;
import java.time.Instant;

/**
 * One past job in the history table. {@code restored} counts ids restored or found already out of
 * the bin, {@code failed} those refused or unknown to Webex; {@code problem} is set (and the rest
 * empty) when the job's journal cannot be read.
 */
public record HistoryRow(
    String jobId,
    Instant startedAt,
    Instant finishedAt,
    String operator,
    String target,
    JobState state,
    int total,
    long restored,
    long failed,
    int unsettled,
    String problem) {

  static HistoryRow of(JobHistory.Entry e) {
    String target =
        e.targetOwner() == null || e.targetOwner().isEmpty()
            ? e.target()
            : e.target() + " " + e.targetOwner();
    return new HistoryRow(
        e.jobId(),
        e.startedAt(),
        e.finishedAt(),
        e.operator(),
        target,
        e.state(),
        e.totalIds(),
        e.counts().getOrDefault(FinalState.RESTORED, 0L)
            + e.counts().getOrDefault(FinalState.ALREADY_AVAILABLE, 0L),
        e.counts().getOrDefault(FinalState.FAILED, 0L)
            + e.counts().getOrDefault(FinalState.NOT_FOUND, 0L),
        e.unsettled(),
        e.problem());
  }

  public boolean resumable() {
    return problem == null && state != null && state.resumable();
  }
}
