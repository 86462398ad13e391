package io.recordingrescue.restore.incident;

import io.recordingrescue.restore.JobState;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An incident as its journal tells it: the owners to restore (with the preview's count), the inputs
 * never sent, each owner's job once started and its outcome once done, and how the incident stands.
 */
public record IncidentRecord(
    String incidentId,
    String operator,
    Instant createdAt,
    List<String> owners,
    Map<String, Integer> previewCounts,
    List<OwnerResult> excluded,
    Map<String, String> started,
    Map<String, OwnerResult> done,
    boolean ended,
    Instant endedAt,
    JobState lastState,
    String lastMessage,
    List<String> warnings) {

  public IncidentRecord {
    owners = List.copyOf(owners);
    previewCounts = Map.copyOf(previewCounts);
    excluded = List.copyOf(excluded);
    started = Map.copyOf(started);
    done = Map.copyOf(done);
    warnings = List.copyOf(warnings);
  }

  /** Completed, paused, cancelled or (no last word in the journal) interrupted by a crash. */
  public JobState state() {
    if (ended) {
      return JobState.COMPLETED;
    }
    return lastState == null ? JobState.INTERRUPTED : lastState;
  }

  public boolean resumable() {
    return !ended;
  }
}
