package io.recordingrescue.webex;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The request rate a token has learned from Webex's 429s ({@link RatePacing}); one per client
 * ({@link WebexClient#pace}), shared by its scans and restore calls. Every attempt, retries
 * included, takes a turn here: turns are spaced evenly at the learned rate (no bursts), and none
 * starts while the shared {@link RateGate} is closed. Thread-safe.
 */
final class AdaptiveRate {
  /** The shortest pause that teaches a pace, and the span the accepted rate is counted over. */
  private static final Duration MIN_WINDOW = Duration.ofSeconds(1);

  private static final Duration MAX_WINDOW = RateGate.ANSWERS_KEPT;

  /**
   * How long a pace must hold before it counts as safe and may grow: a quota counted in fixed
   * one-second windows can let a too-fast pace through for up to two seconds after a pause (the
   * rest of one window, then most of the next).
   */
  private static final Duration CALM = Duration.ofSeconds(2);

  /**
   * A pace not asked for a turn this long is forgotten: the next job starts unpaced rather than
   * held back by a limit learned long ago, perhaps while another program shared the token.
   */
  static final Duration FORGOTTEN_AFTER_IDLE = Duration.ofSeconds(60);

  private final RatePacing pacing;
  private final RateGate gate;
  private final Clock clock;
  private final Sleeper sleeper;
  private double perSecond = Double.POSITIVE_INFINITY;
  private Instant nextTurn = Instant.MIN;
  private Instant lastCut = Instant.MIN;
  private Instant calmSince = Instant.MIN;
  private Instant lastAsked = Instant.MIN;
  private boolean proven = true;
  private boolean heldBack;
  private long cuts;

  AdaptiveRate(RatePacing pacing, RateGate gate) {
    this.pacing = pacing;
    this.gate = gate;
    this.clock = gate.clock();
    this.sleeper = gate.sleeper();
  }

  /** A turn reserved at {@code at}, valid while no 429 has changed the pace since. */
  private record Turn(Instant at, Duration delay, long cuts) {}

  /**
   * Blocks until a call may be sent, after the gate's pause and at the learned pace; returns the
   * instant it sent at, to hand back to {@link #rateLimited}.
   */
  Instant awaitTurn() throws InterruptedException {
    while (true) {
      gate.awaitOpen();
      Turn turn = reserve();
      if (turn.delay().isZero()) {
        return turn.at();
      }
      sleeper.sleep(turn.delay());
      if (stillValid(turn)) {
        return clock.instant();
      }
      // A 429 came while this turn waited: queue again, behind the gate, at the new pace.
    }
  }

  /**
   * A paced call Webex answered without a 429: a pace that held this long is proven, and grows if
   * it held requests back. (The gate counts the answer towards the accepted rate.)
   */
  synchronized void answered() {
    Instant now = clock.instant();
    if (Double.isFinite(perSecond) && !now.isBefore(calmSince.plus(CALM))) {
      proven = true;
      if (heldBack) {
        perSecond += pacing.recovery();
      }
      heldBack = false;
      calmSince = now;
    }
  }

  /**
   * A 429 (or 423) for a request sent at {@code sentAt}; the gate is closed for {@code pause}. The
   * first 429 of a wave sets the pace from what Webex accepted of the token's calls over the
   * pause's span (at least a second, as a quota's window is about as long as the wait it asks for),
   * or cuts a pace that had not held yet harder; the requests already in flight then are part of
   * the same wave and change nothing.
   */
  synchronized void rateLimited(Instant sentAt, Duration pause) {
    if (sentAt.isBefore(lastCut) || pause.compareTo(MIN_WINDOW) < 0) {
      // A wait shorter than a second (Retry-After: 0, say) tells of no quota a pace could keep
      // under, only of a moment's refusal: the gate's pause is all it asks for.
      return;
    }
    Instant now = clock.instant();
    Duration window = clamp(pause);
    // Every answered call of the token counts, paced or not: Webex counts the quota per token. (A
    // count of one scan's own answers paced a job's verification listing, which began just after
    // its restores had used the quota, at a request or two a second.)
    int count = gate.answeredAfter(now.minus(window));
    // Nothing accepted (say, another program on the token used up the quota) says nothing about
    // the rate: the gate waits the quota out and the next wave measures.
    double acceptedRate = count == 0 ? perSecond : count * 1e9 / window.toNanos();
    double backoff = proven ? pacing.backoff() : pacing.repeatBackoff();
    perSecond = Math.max(pacing.minPerSecond(), backoff * Math.min(perSecond, acceptedRate));
    lastCut = now;
    calmSince = now.plus(pause); // calm counts from the reopening
    nextTurn = now;
    proven = false;
    heldBack = false;
    cuts++;
  }

  /** The pace in requests/s; infinite until the first 429. */
  synchronized double perSecond() {
    return perSecond;
  }

  private synchronized Turn reserve() {
    Instant now = clock.instant();
    if (Double.isFinite(perSecond) && now.isAfter(lastAsked.plus(FORGOTTEN_AFTER_IDLE))) {
      perSecond = Double.POSITIVE_INFINITY;
      proven = true;
      heldBack = false;
    }
    lastAsked = now;
    if (!Double.isFinite(perSecond)) {
      return new Turn(now, Duration.ZERO, cuts);
    }
    Instant at = now.isAfter(nextTurn) ? now : nextTurn;
    nextTurn = at.plusNanos((long) (1e9 / perSecond));
    if (at.isAfter(now)) {
      heldBack = true;
    }
    return new Turn(at, Duration.between(now, at), cuts);
  }

  private synchronized boolean stillValid(Turn turn) {
    return turn.cuts() == cuts && gate.remaining().isZero();
  }

  private static Duration clamp(Duration pause) {
    return pause.compareTo(MAX_WINDOW) > 0 ? MAX_WINDOW : pause;
  }
}
