package io.recordingrescue.restore;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a job did: every settled id with exactly one outcome. When {@link #state()} is {@link
 * JobState#COMPLETED} that is every id of the job; otherwise {@link #unsettledIds()} lists the ones
 * a {@code resume} will finish. For a restore-all job, {@code leftBinByRelist} is how many of the
 * owner's recordings left the bin, counted by listing (-1 for jobs by ids).
 */
public record RestoreReport(
    String jobId,
    String operator,
    RestoreTarget target,
    Instant startedAt,
    Instant finishedAt,
    List<IdOutcome> outcomes,
    JobState state,
    int leftBinByRelist,
    List<String> unsettledIds,
    String stateMessage) {

  public RestoreReport {
    outcomes = List.copyOf(outcomes);
    unsettledIds = List.copyOf(unsettledIds);
  }

  public boolean cancelled() {
    return state == JobState.CANCELLED;
  }

  public boolean completed() {
    return state == JobState.COMPLETED;
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
