package io.recordingrescue.restore;

import io.recordingrescue.restore.ProgressEvent.WaitReason;
import io.recordingrescue.webex.RateGate;
import io.recordingrescue.webex.Sleeper;
import java.time.Duration;

/**
 * The waits of a job, each announced first so the operator sees why nothing moves: at the shared
 * rate gate after a 429, and the backoff between attempts.
 */
final class Pacing {
  private final RestoreGateway gateway;
  private final Sleeper sleeper;
  private final RestoreEngine.Options options;

  Pacing(EngineParts parts) {
    this.gateway = parts.gateway();
    this.sleeper = parts.sleeper();
    this.options = parts.options();
  }

  void waitAtGate(JobRun job) throws InterruptedException {
    RateGate gate = gateway.rateGate();
    Duration left = gate.remaining();
    if (!left.isZero()) {
      job.progress(WaitReason.RATE_LIMITED, left);
    }
    gate.awaitOpen();
  }

  /** Sleeps the backoff before attempt {@code attempts + 1}. */
  void backoff(JobRun job, int attempts) throws InterruptedException {
    Duration wait = options.backoff(attempts);
    job.progress(WaitReason.RETRY_BACKOFF, wait);
    sleeper.sleep(wait);
  }

  /** A 429: closes the gate for every worker, for Retry-After or a wait growing with {@code n}. */
  void rateLimited(Duration retryAfter, int n) {
    gateway.rateGate().closeFor(options.rateLimitWait(retryAfter, n));
  }
}
