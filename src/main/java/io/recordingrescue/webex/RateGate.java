package io.recordingrescue.webex;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * One pause shared by every thread that talks to Webex: when any call gets a 429 with {@code
 * Retry-After}, no other call is sent until the wait is over. It also remembers when the token's
 * calls were answered, as Webex counts its quota per token, not per scan or job.
 */
public final class RateGate {
  /** The longest span a pace is learned over ({@link AdaptiveRate}); older answers are dropped. */
  static final Duration ANSWERS_KEPT = Duration.ofSeconds(60);

  private final Clock clock;
  private final Sleeper sleeper;
  private final ArrayDeque<Instant> answered = new ArrayDeque<>();
  private Instant closedUntil = Instant.MIN;

  public RateGate(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Keeps the gate closed for at least {@code wait} from now. */
  public synchronized void closeFor(Duration wait) {
    Instant until = clock.instant().plus(wait);
    if (until.isAfter(closedUntil)) {
      closedUntil = until;
    }
  }

  /** How long the gate stays closed from now; zero when open. */
  public synchronized Duration remaining() {
    Instant now = clock.instant();
    // Compared first: from now back to Instant.MIN (a gate never closed) overflows the nanoseconds
    // Duration.between counts in, and the exception it throws and catches inside cost every call a
    // deoptimisation (4,214 in one benchmark run, by a flight recording).
    return now.isBefore(closedUntil) ? Duration.between(now, closedUntil) : Duration.ZERO;
  }

  /**
   * A call of this token that Webex answered without a 429 or 423: it used up part of the quota.
   */
  synchronized void answered() {
    Instant now = clock.instant();
    answered.addLast(now);
    Instant oldest = now.minus(ANSWERS_KEPT);
    while (answered.peekFirst().isBefore(oldest)) {
      answered.removeFirst();
    }
  }

  /** How many of this token's calls were answered after {@code from} (up to a minute back). */
  synchronized int answeredAfter(Instant from) {
    int n = 0;
    for (Iterator<Instant> it = answered.descendingIterator(); it.hasNext(); ) {
      if (!it.next().isAfter(from)) {
        break;
      }
      n++;
    }
    return n;
  }

  Clock clock() {
    return clock;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  /** Blocks until the gate is open. */
  public void awaitOpen() throws InterruptedException {
    for (Duration left = remaining(); !left.isZero(); left = remaining()) {
      sleeper.sleep(left);
    }
  }
}
