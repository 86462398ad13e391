package io.recordingrescue.restore.incident;

import io.recordingrescue.restore.JobState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an incident did, owner by owner: first the owners it restores (in the order given), then the
 * inputs it never sent and why. Only {@link JobState#COMPLETED} means every owner to restore was
 * settled; otherwise {@code rescue resume INCIDENT} goes on.
 */
public record IncidentReport(
    String incidentId,
    String operator,
    Instant startedAt,
    Instant finishedAt,
    JobState state,
    String stateMessage,
    int ownersToRestore,
    List<OwnerResult> owners) {

  public IncidentReport {
    owners = List.copyOf(owners);
  }

  public boolean completed() {
    return state == JobState.COMPLETED;
  }

  /** Owners to restore whose outcome is final. */
  public int ownersDone() {
    return (int)
        owners.subList(0, ownersToRestore).stream().filter(o -> o.state().settled()).count();
  }

  public int recordingsRestored() {
    return owners.stream().mapToInt(OwnerResult::restored).sum();
  }

  public int recordingsLeft() {
    return owners.subList(0, ownersToRestore).stream().mapToInt(OwnerResult::left).sum();
  }

  public Map<OwnerResult.State, Long> counts() {
    return owners.stream()
        .collect(Collectors.groupingBy(OwnerResult::state, Collectors.counting()));
  }

  public long count(OwnerResult.State state) {
    return counts().getOrDefault(state, 0L);
  }
}
