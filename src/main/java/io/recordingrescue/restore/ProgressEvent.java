package io.recordingrescue.restore;

import java.time.Duration;
import java.util.Optional;

/**
 * A snapshot of a running job for the window and the CLI: batches and ids done of total, counts so
 * far, the current wait and why, and an estimate of the time left. {@code searchingWholeBin} is how
 * many ids are being looked for across the whole bin (ids with nothing known of where they are, or
 * not found where their hint said), 0 otherwise.
 */
public record ProgressEvent(
    String jobId,
    int batchesDone,
    int batchesTotal,
    int idsDone,
    int idsTotal,
    int restored,
    int failed,
    WaitReason waitReason,
    Duration waitRemaining,
    Duration eta,
    int searchingWholeBin) {

  /** Why the job is not sending right now. */
  public enum WaitReason {
    NONE,
    RATE_LIMITED,
    RETRY_BACKOFF,
    VERIFYING,
    SIGN_IN_REQUIRED
  }

  public double fraction() {
    return idsTotal == 0 ? 0 : (double) idsDone / idsTotal;
  }

  public Optional<Duration> etaOpt() {
    return Optional.ofNullable(eta);
  }
}
