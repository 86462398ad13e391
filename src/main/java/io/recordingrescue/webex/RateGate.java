package io.recordingrescue.webex;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One pause shared by every thread that talks to Webex: when any call gets a 429 with {@code
 * Retry-After}, no other call is sent until the wait is over.
 */
public final class RateGate {
  private final Clock clock;
  private final Sleeper sleeper;
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
    Duration left = Duration.between(clock.instant(), closedUntil);
    return left.isNegative() ? Duration.ZERO : left;
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
