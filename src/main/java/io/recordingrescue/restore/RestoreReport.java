package io.recordingrescue.restore;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A finished (or cancelled) job: every id with exactly one outcome. For a restore-all job, {@code
 * leftBinByRelist} is how many of the owner's recordings left the bin, counted by listing.
 */
public record RestoreReport(
    String jobId,
    String operator,
    RestoreTarget target,
    Instant startedAt,
    Instant finishedAt,
    List<IdOutcome> outcomes,
    boolean cancelled,
    int leftBinByRelist) {

  public RestoreReport {
    outcomes = List.copyOf(outcomes);
  }

  public Map<FinalState, Long> counts() {
    return outcomes.stream()
        .collect(Collectors.groupingBy(IdOutcome::state, Collectors.counting()));
  }

  public long count(FinalState state) {
    return counts().getOrDefault(state, 0L);
  }

  public Map<String, IdOutcome> byId() {
    return outcomes.stream().collect(Collectors.toMap(IdOutcome::id, Function.identity()));
  }
}
