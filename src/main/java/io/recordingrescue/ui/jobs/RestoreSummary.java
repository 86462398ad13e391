package io.recordingrescue.ui.jobs;

import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.IdOutcome;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.ui.BatchRestoreRunner;
import io.recordingrescue.ui.Messages;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a finished job did, in the operator's words: restored, failed (Webex said no), unknown (the
 * connection broke: it may or may not have happened; retrying is safe), not sent (cancelled).
 */
public record RestoreSummary(
    int restored, int notFound, int failed, int unknown, int notSent, List<IdOutcome> problems) {

  public RestoreSummary {
    problems = List.copyOf(problems);
  }

  public static RestoreSummary of(RestoreReport report) {
    int restored = 0;
    int notFound = 0;
    int failed = 0;
    int unknown = 0;
    int notSent = 0;
    for (IdOutcome o : report.outcomes()) {
      if (o.state() == FinalState.RESTORED || o.state() == FinalState.ALREADY_AVAILABLE) {
        restored++;
      } else if (o.state() == FinalState.NOT_FOUND) {
        notFound++;
      } else if (o.message() != null && o.message().startsWith("Not sent")) {
        notSent++;
      } else if (o.httpStatus() == 0 && o.trackingId() == null) {
        unknown++;
      } else {
        failed++;
      }
    }
    List<IdOutcome> problems =
        report.outcomes().stream()
            .filter(o -> o.state() == FinalState.FAILED || o.state() == FinalState.NOT_FOUND)
            .filter(o -> !BatchRestoreRunner.NOT_SENT.equals(o.message()))
            .toList();
    return new RestoreSummary(restored, notFound, failed, unknown, notSent, problems);
  }

  /** Ids that are out of the bin now. */
  public static Set<String> restoredIds(RestoreReport report) {
    return report.outcomes().stream()
        .filter(o -> o.state() == FinalState.RESTORED || o.state() == FinalState.ALREADY_AVAILABLE)
        .map(IdOutcome::id)
        .collect(Collectors.toSet());
  }

  /** One line of counts, then one line per failed id with its trackingId. */
  public String text(Messages m) {
    StringBuilder sb =
        new StringBuilder(m.format("summary.counts", restored, failed + notFound, unknown));
    if (notSent > 0) {
      sb.append(' ').append(m.format("summary.notSent", notSent));
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
