package io.recordingrescue.restore;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of what an engine did across its jobs: for logs, the CLI summary and tests. */
public final class EngineStats {
  final AtomicLong requests = new AtomicLong();
  final AtomicLong accepted = new AtomicLong();
  final AtomicLong rateLimited = new AtomicLong();
  final AtomicLong serverErrors = new AtomicLong();
  final AtomicLong connectionFailures = new AtomicLong();
  final AtomicLong unknownOutcomes = new AtomicLong();
  final AtomicLong retries = new AtomicLong();
  final AtomicLong splits = new AtomicLong();
  final AtomicLong pinned = new AtomicLong();
  final AtomicLong stillInBinAfterAccepted = new AtomicLong();
  final AtomicLong verifications = new AtomicLong();
  final AtomicLong minConcurrency = new AtomicLong(Long.MAX_VALUE);

  /** Restore calls sent. */
  public long requests() {
    return requests.get();
  }

  /** Calls answered 204. */
  public long accepted() {
    return accepted.get();
  }

  /** Calls answered 429 or 423. */
  public long rateLimited() {
    return rateLimited.get();
  }

  /** Calls answered 5xx. */
  public long serverErrors() {
    return serverErrors.get();
  }

  /** Calls that could not be sent (connection refused and the like). */
  public long connectionFailures() {
    return connectionFailures.get();
  }

  /** Calls whose connection broke after sending: settled by looking. */
  public long unknownOutcomes() {
    return unknownOutcomes.get();
  }

  /** Calls sent again after a 429, 5xx or connection failure. */
  public long retries() {
    return retries.get();
  }

  /** Batches split in two after a 4xx. */
  public long splits() {
    return splits.get();
  }

  /** Single ids pinned down as refused by Webex. */
  public long pinned() {
    return pinned.get();
  }

  /** Ids found still in the bin after Webex had answered 204 for them (then sent again). */
  public long stillInBinAfterAccepted() {
    return stillInBinAfterAccepted.get();
  }

  /** Look-ups (bin listings or details rounds) made to settle ids. */
  public long verifications() {
    return verifications.get();
  }

  /** The lowest concurrency the AIMD limit went down to (0 when no call was made). */
  public long minConcurrency() {
    long v = minConcurrency.get();
    return v == Long.MAX_VALUE ? 0 : v;
  }

  void sawConcurrency(int limit) {
    minConcurrency.accumulateAndGet(limit, Math::min);
  }

  @Override
  public String toString() {
    return String.format(
        "requests=%d accepted=%d rateLimited=%d serverErrors=%d connectionFailures=%d"
            + " unknownOutcomes=%d retries=%d splits=%d pinned=%d stillInBinAfter204=%d"
            + " verifications=%d minConcurrency=%d",
        requests(),
        accepted(),
        rateLimited(),
        serverErrors(),
        connectionFailures(),
        unknownOutcomes(),
        retries(),
        splits(),
        pinned(),
        stillInBinAfterAccepted(),
        verifications(),
        minConcurrency());
  }
}
