package io.recordingrescue.ui.jobs;

import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.IdOutcome;
import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.ui.Messages;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a job did, in the operator's words: restored (verified out of the bin), failed (Webex said
 * no, or does not know the id), and the ids not settled yet: not sent when cancelled, unknown when
 * paused or cut off (a resume finishes them).
 */
public record RestoreSummary(
    JobState state,
    int restored,
    int alreadyAvailable,
    int notFound,
    int failed,
    int unsettled,
    List<IdOutcome> problems,
    String stateMessage) {

  public RestoreSummary {
    problems = List.copyOf(problems);
  }

  public static RestoreSummary of(RestoreReport report) {
    int restored = 0;
    int already = 0;
    int notFound = 0;
    int failed = 0;
    for (IdOutcome o : report.outcomes()) {
      switch (o.state()) {
        case RESTORED -> restored++;
        case ALREADY_AVAILABLE -> already++;
        case NOT_FOUND -> notFound++;
        case FAILED -> failed++;
      }
    }
    List<IdOutcome> problems =
        report.outcomes().stream()
            .filter(o -> o.state() == FinalState.FAILED || o.state() == FinalState.NOT_FOUND)
            .toList();
    return new RestoreSummary(
        report.state(),
        restored,
        already,
        notFound,
        failed,
        report.unsettledIds().size(),
        problems,
        report.stateMessage());
  }

  /** Ids that are out of the bin now. */
  public static Set<String> restoredIds(RestoreReport report) {
    return report.outcomes().stream()
        .filter(o -> o.state() == FinalState.RESTORED || o.state() == FinalState.ALREADY_AVAILABLE)
        .map(IdOutcome::id)
        .collect(Collectors.toSet());
  }

  /**
   * One line of counts, the job's state when it did not complete, then one line per failed id with
   * its trackingId.
   */
  public String text(Messages m) {
    boolean cancelled = state == JobState.CANCELLED;
    StringBuilder sb =
        new StringBuilder(
            m.format(
                "summary.counts",
                restored + alreadyAvailable,
                failed + notFound,
                cancelled ? 0 : unsettled));
    if (alreadyAvailable > 0) {
      sb.append(' ').append(m.format("summary.already", alreadyAvailable));
    }
    if (cancelled && unsettled > 0) {
      sb.append(' ').append(m.format("summary.notSent", unsettled));
    }
    if (state != JobState.COMPLETED && state != null) {
      sb.append('\n').append(m.format("summary.state." + state.name(), unsettled));
    }
    int shown = 0;
    for (IdOutcome o : problems) {
      if (shown++ == 20) {
        sb.append('\n').append(m.format("summary.more", problems.size() - 20));
        break;
      }
      sb.append('\n')
          .append(
              m.format(
                  "summary.failure",
                  o.id(),
                  o.httpStatus() == 0 ? "-" : Integer.toString(o.httpStatus()),
                  o.message() == null ? "" : o.message(),
                  o.trackingId() == null ? m.get("summary.noTrackingId") : o.trackingId()));
    }
    return sb.toString();
  }
}
