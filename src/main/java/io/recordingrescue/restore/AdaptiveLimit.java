package io.recordingrescue.restore;

/**
 * How many restore calls may be in flight: halves on a 429 (once per wave: the calls already in
 * flight when the first 429 came back do not halve it again), grows by one after a run of calls
 * that were not throttled, never above the configured maximum (AIMD, as TCP does).
 */
final class AdaptiveLimit {
  private final int max;
  private int limit;
  private int inFlight;
  private int calmCalls;
  private long generation;

  AdaptiveLimit(int max) {
    this.max = max;
    this.limit = max;
  }

  /** Waits for a slot; returns the generation to hand back to {@link #release}. */
  synchronized long acquire() throws InterruptedException {
    while (inFlight >= limit) {
      wait();
    }
    inFlight++;
    return generation;
  }

  synchronized void release(long acquiredIn, boolean rateLimited) {
    inFlight--;
    if (rateLimited) {
      if (acquiredIn == generation) {
        limit = Math.max(1, limit / 2);
        generation++;
        calmCalls = 0;
      }
    } else if (++calmCalls >= limit && limit < max) {
      limit++;
      calmCalls = 0;
    }
    notifyAll();
  }

  synchronized int limit() {
    return limit;
  }
}
