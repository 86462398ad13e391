package io.recordingrescue.restore.incident;

import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.IdOutcome;
import io.recordingrescue.restore.RestoreReport;
import java.util.List;
import java.util.Objects;

/**
 * What became of one owner in an incident. {@code before} is how many recordings the owner's job
 * found in the bin, {@code restored} how many of them left it, {@code left} how many were still
 * there (or could not be settled) at the end; {@code jobId} names the owner's restore-all job.
 */
public record OwnerResult(
    String owner,
    State state,
    int before,
    int restored,
    int left,
    List<String> trackingIds,
    String jobId,
    String message) {

  public OwnerResult {
    trackingIds = trackingIds == null ? List.of() : List.copyOf(trackingIds);
  }

  /** An owner's outcome; only the first three come from a job that ran to its end. */
  public enum State {
    /** Every recording found in the bin left it. */
    RESTORED,
    /** Some left the bin, some did not (see the owner's job). */
    PARTLY_RESTORED,
    /** Webex refused the restore or nothing left the bin. */
    NOT_RESTORED,
    /** The bin was empty: nothing was sent. */
    NOTHING_IN_BIN,
    /** Webex answered 403 to the listing: not in the organisation, or not allowed. Never sent. */
    NOT_ALLOWED,
    /** Not an e-mail address: never sent. */
    MALFORMED,
    /** The operator unticked the owner: never sent. */
    NOT_SELECTED,
    /** The preview could not list the bin: never sent; preview again. */
    PREVIEW_FAILED,
    /** The owner's job paused or was cancelled: resume the incident. */
    UNFINISHED,
    /** The incident stopped before this owner's turn: resume the incident. */
    NOT_STARTED;

    /** The incident has nothing more to do for this owner. */
    public boolean settled() {
      return this != UNFINISHED && this != NOT_STARTED;
    }
  }

  /** The outcome of an owner whose restore-all job completed. */
  static OwnerResult fromCompleted(String owner, RestoreReport report) {
    int before = report.outcomes().size() + report.unsettledIds().size();
    int restored = (int) report.count(FinalState.RESTORED);
    int gone = restored + (int) report.count(FinalState.ALREADY_AVAILABLE);
    int left = before - gone - (int) report.count(FinalState.NOT_FOUND);
    List<String> tracking =
        report.outcomes().stream()
            .map(IdOutcome::trackingId)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    State state;
    String message = null;
    if (before == 0) {
      state = State.NOTHING_IN_BIN;
      message = "The bin was empty when the job looked; nothing was sent.";
    } else if (left == 0) {
      state = State.RESTORED;
    } else if (gone > 0) {
      state = State.PARTLY_RESTORED;
      message = firstFailure(report);
    } else {
      state = State.NOT_RESTORED;
      message = firstFailure(report);
    }
    return new OwnerResult(owner, state, before, restored, left, tracking, report.jobId(), message);
  }

  private static String firstFailure(RestoreReport report) {
    return report.outcomes().stream()
        .filter(o -> o.state() == FinalState.FAILED && o.message() != null)
        .map(IdOutcome::message)
        .findFirst()
        .orElse(null);
  }

  static OwnerResult excluded(String owner, State state, int before, String message) {
    return new OwnerResult(owner, state, before, 0, before, List.of(), null, message);
  }
}
