package io.recordingrescue.webex;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How reads are retried: 5xx and network failures with exponential backoff and equal jitter, 429 by
 * {@code Retry-After} (or {@link #defaultRateLimitWait} when missing), every wait capped.
 */
public record RetryPolicy(
    int maxAttempts,
    int maxRateLimitedAttempts,
    Duration baseDelay,
    Duration maxDelay,
    Duration defaultRateLimitWait) {

  /** Close to what the Webex SDKs do: ~5 s when Retry-After is missing, never more than 60 s. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(
        4, 8, Duration.ofMillis(500), Duration.ofSeconds(60), Duration.ofSeconds(5));
  }

  /** Backoff before retry number {@code attempt} (1-based), with equal jitter. */
  public Duration backoff(int attempt) {
    return backoff(baseDelay, maxDelay, attempt);
  }

  /**
   * Exponential backoff with equal jitter: the doubled delay, capped at {@code max}, of which half
   * is fixed and half random (so a retry never comes right away, unlike full jitter).
   */
  public static Duration backoff(Duration base, Duration max, int attempt) {
    long cap = Math.min(max.toMillis(), base.toMillis() << Math.min(attempt - 1, 20));
    return Duration.ofMillis(cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1));
  }

  /** The wait for a 429: Webex's value when given, else an exponential default; capped. */
  public Duration rateLimitWait(Duration retryAfter, int attempt) {
    Duration wanted =
        retryAfter != null
            ? retryAfter
            : defaultRateLimitWait.multipliedBy(1L << Math.min(attempt - 1, 4));
    return wanted.compareTo(maxDelay) > 0 ? maxDelay : wanted;
  }
}
