package io.recordingrescue.restore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job as its journal tells it. {@code binBefore} is null when the job stopped before it had
 * looked at the bin; {@code hints} says where ids should be (given with the job, or where a listing
 * showed them: those are {@code placed}); {@code notes} holds the topic and owner a listing showed
 * of an id; {@code outcomes} holds the first outcome journalled per id (an id is never settled
 * twice); {@code warnings} says which lines could not be read (a cut-off last line after a crash,
 * typically).
 */
public record JournalReplay(
    Path file,
    String jobId,
    String operator,
    RestoreTarget target,
    String scope,
    Instant createdAt,
    List<String> ids,
    List<RestorePlan.RejectedId> rejected,
    Set<String> binBefore,
    Map<String, IdHint> hints,
    Set<String> placed,
    Map<String, RecordingNote> notes,
    Map<String, IdOutcome> outcomes,
    boolean ended,
    Instant endedAt,
    int leftBinByRelist,
    JobState lastState,
    String lastMessage,
    int sends,
    List<String> warnings) {

  /** Every input of the job: the planned ids and the rejected inputs. */
  public int totalIds() {
    return restoreAll() ? (binBefore == null ? 0 : binBefore.size()) : ids.size() + rejected.size();
  }

  public boolean restoreAll() {
    return !(target instanceof RestoreTarget.ByIds);
  }

  /** How the job stands: completed, paused or cut off. */
  public JobState state() {
    if (ended) {
      return JobState.COMPLETED;
    }
    return lastState == null ? JobState.INTERRUPTED : lastState;
  }

  /** The job's report as journalled (for ended jobs: the final report). */
  public RestoreReport toReport() {
    List<String> order = new java.util.ArrayList<>();
    if (restoreAll()) {
      if (binBefore != null) {
        order.addAll(binBefore);
      }
    } else {
      order.addAll(ids);
      rejected.forEach(r -> order.add(r.input()));
    }
    List<String> unsettled = order.stream().filter(id -> !outcomes.containsKey(id)).toList();
    return new RestoreReport(
        jobId,
        operator,
        target,
        createdAt,
        endedAt,
        ReportParts.outcomesInOrder(order, outcomes, notes),
        state(),
        restoreAll() ? leftBinByRelist : -1,
        unsettled,
        ReportParts.withWarnings(lastMessage, warnings));
  }
}
