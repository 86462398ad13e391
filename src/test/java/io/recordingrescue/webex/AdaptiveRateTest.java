package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.recordingrescue.testsupport.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The pace a scan learns from 429s: cut on a 429, spaced turns, recovery, the gate first. */
class AdaptiveRateTest {
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);

  private final FakeTime time = new FakeTime(Instant.parse("2026-11-29T12:00:00Z"));
  private final RateGate gate = new RateGate(time, time);
  private final AdaptiveRate pace = new AdaptiveRate(RatePacing.adaptive(), gate);

  @Test
  void unpacedUntilTheFirst429() throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      pace.awaitTurn();
      pace.answered();
    }
    assertThat(time.sleeps()).isEmpty();
    assertThat(pace.perSecond()).isInfinite();
  }

  @Test
  void a429CutsThePaceToNinetyPercentOfWhatWasAcceptedInTheLastSecond()
      throws InterruptedException {
    Instant sent = sendAccepted(50, Duration.ofMillis(10)); // 50 answered within 0.5 s
    rateLimited(sent, ONE_SECOND);

    assertThat(pace.perSecond()).isCloseTo(45.0, within(1e-9));
  }

  @Test
  void afterA429TheGatesRetryAfterComesFirstThenTurnsAreEvenlySpaced() throws InterruptedException {
    Instant sent = sendAccepted(20, Duration.ofMillis(10));
    rateLimited(sent, Duration.ofSeconds(3)); // 20 accepted over the 3 s span: paced at 6/s
    int before = time.sleeps().size();

    for (int i = 0; i < 4; i++) {
      pace.awaitTurn();
    }

    long spacing = (long) (1e9 / pace.perSecond());
    assertThat(time.sleeps().subList(before, time.sleeps().size()))
        .containsExactly(
            Duration.ofSeconds(3),
            Duration.ofNanos(spacing),
            Duration.ofNanos(spacing),
            Duration.ofNanos(spacing));
  }

  @Test
  void the429sOfRequestsAlreadyInFlightDoNotCutAgain() throws InterruptedException {
    sendAccepted(40, Duration.ofMillis(10));
    Instant inFlight1 = pace.awaitTurn();
    time.advance(Duration.ofMillis(1));
    Instant inFlight2 = pace.awaitTurn();
    time.advance(Duration.ofMillis(1));
    rateLimited(inFlight1, ONE_SECOND);
    double afterFirst = pace.perSecond();
    time.advance(Duration.ofMillis(5));
    rateLimited(inFlight2, ONE_SECOND);

    assertThat(afterFirst).isCloseTo(36.0, within(1e-9));
    assertThat(pace.perSecond()).isEqualTo(afterFirst);
  }

  @Test
  void aRetrySentAfterTheCutThatIsRateLimitedAgainCutsHarder() throws InterruptedException {
    sendAccepted(40, Duration.ofMillis(10));
    rateLimited(time.instant(), ONE_SECOND);
    assertThat(pace.perSecond()).isCloseTo(36.0, within(1e-9));
    Instant retry = pace.awaitTurn(); // after the gate's second
    rateLimited(retry, ONE_SECOND);

    // A pace that never held is cut harder; nothing accepted since, so the pace itself.
    assertThat(pace.perSecond()).isCloseTo(36.0 * 0.7, within(1e-9));
  }

  @Test
  void repeatedCutsStopAtTheFloor() throws InterruptedException {
    sendAccepted(2, Duration.ofMillis(500));
    rateLimited(time.instant(), ONE_SECOND);
    for (int i = 0; i < 10; i++) {
      rateLimited(pace.awaitTurn(), ONE_SECOND);
    }

    assertThat(pace.perSecond()).isEqualTo(RatePacing.adaptive().minPerSecond());
  }

  @Test
  void a429AskingForLessThanASecondLeavesThePaceAlone() throws InterruptedException {
    Instant sent = sendAccepted(50, Duration.ofMillis(10));
    rateLimited(sent, Duration.ZERO);
    assertThat(pace.perSecond()).isInfinite();

    rateLimited(pace.awaitTurn(), ONE_SECOND);
    assertThat(pace.perSecond()).isCloseTo(45.0, within(1e-9));
    rateLimited(pace.awaitTurn(), Duration.ofMillis(500));
    assertThat(pace.perSecond()).isCloseTo(45.0, within(1e-9));
  }

  @Test
  void a429WhenNothingOfTheTokenWasAcceptedLeavesThePaceAlone() throws InterruptedException {
    // Another program on the same token used up the quota: nothing here tells its rate.
    Instant sent = pace.awaitTurn();
    rateLimited(sent, ONE_SECOND);

    assertThat(pace.perSecond()).isInfinite();
    pace.awaitTurn();
    assertThat(time.sleeps()).containsExactly(ONE_SECOND);
  }

  @Test
  void aScanThatStartsAfterOtherCallsUsedTheQuotaPacesByWhatTheTokenWasAccepted()
      throws InterruptedException {
    // A restore job's verification listing right after its restores: 40 restores answered in the
    // last second, then the scan's own first two pages, then the quota is gone.
    othersAnswered(40, Duration.ofMillis(20));
    Instant sent = sendAccepted(2, Duration.ofMillis(50));
    rateLimited(sent, ONE_SECOND);

    // 42 answered in the second: 90 % of that, not of the scan's own 2 (which paced at 1.8/s).
    assertThat(pace.perSecond()).isCloseTo(37.8, within(1e-9));
  }

  @Test
  void answersOlderThanTheSpanDoNotCount() throws InterruptedException {
    othersAnswered(100, Duration.ofMillis(5));
    time.advance(Duration.ofSeconds(2));
    Instant sent = sendAccepted(10, Duration.ofMillis(10));
    rateLimited(sent, ONE_SECOND);

    assertThat(pace.perSecond()).isCloseTo(9.0, within(1e-9));
  }

  @Test
  void thePaceRecoversByOneRequestPerSecondEveryTwoCalmSecondsThatHeldRequestsBack()
      throws InterruptedException {
    rateLimited(sendAccepted(10, Duration.ofMillis(100)), ONE_SECOND);
    assertThat(pace.perSecond()).isCloseTo(9.0, within(1e-9));
    gate.awaitOpen();

    // Ten seconds of sending as fast as the pace lets: every turn is held back.
    Instant end = time.instant().plusSeconds(10);
    while (time.instant().isBefore(end)) {
      pace.awaitTurn();
      pace.answered();
    }

    assertThat(pace.perSecond()).isBetween(12.0, 14.0); // four or five steps of two seconds
  }

  @Test
  void aPaceThatHeldIsCutGentlyAgainWhenAProbePastTheLimitMeetsA429() throws InterruptedException {
    rateLimited(sendAccepted(10, Duration.ofMillis(100)), ONE_SECOND);
    gate.awaitOpen();
    Instant end = time.instant().plusSeconds(3);
    Instant sent = null;
    while (time.instant().isBefore(end)) {
      sent = pace.awaitTurn();
      pace.answered();
    }
    double grown = pace.perSecond();
    rateLimited(sent, ONE_SECOND);

    assertThat(grown).isCloseTo(10.0, within(1e-9));
    // 90 % of the 9 or 10 accepted in the last second (a harder cut would give 7 at most).
    assertThat(pace.perSecond()).isBetween(8.1 - 1e-9, 9.0 + 1e-9);
  }

  @Test
  void aPaceThatHoldsNothingBackDoesNotGrow() throws InterruptedException {
    rateLimited(sendAccepted(10, Duration.ofMillis(100)), ONE_SECOND);
    gate.awaitOpen();
    for (int i = 0; i < 20; i++) {
      time.advance(ONE_SECOND); // one request a second, well under the pace of 9/s
      pace.awaitTurn();
      pace.answered();
    }

    assertThat(pace.perSecond()).isCloseTo(9.0, within(1e-9));
  }

  @Test
  void aTurnWaitingWhenAnotherRequestGets429WaitsForTheGateAndTheNewPace()
      throws InterruptedException {
    AtomicReference<RateGate> sharedGate = new AtomicReference<>();
    AtomicReference<AdaptiveRate> sharedPace = new AtomicReference<>();
    AtomicBoolean otherWorkerGets429 = new AtomicBoolean();
    Sleeper sleeper =
        d -> {
          if (otherWorkerGets429.getAndSet(false)) { // its 429 arrives during this wait
            sharedGate.get().closeFor(Duration.ofSeconds(2));
            sharedPace.get().rateLimited(time.instant(), Duration.ofSeconds(2));
          }
          time.sleep(d);
        };
    sharedGate.set(new RateGate(time, sleeper));
    sharedPace.set(new AdaptiveRate(RatePacing.adaptive(), sharedGate.get()));
    AdaptiveRate waiting = sharedPace.get();
    for (int i = 0; i < 40; i++) {
      waiting.awaitTurn();
      time.advance(Duration.ofMillis(25));
      sharedGate.get().answered();
      waiting.answered();
    }
    sharedGate.get().closeFor(ONE_SECOND);
    waiting.rateLimited(time.instant(), ONE_SECOND); // 40 in the last second: 36/s
    waiting.awaitTurn(); // the gate's second, then the first turn at the new pace
    Instant start = time.instant();

    otherWorkerGets429.set(true);
    Instant sent = waiting.awaitTurn();

    assertThat(Duration.between(start, sent)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    // 40 accepted over the 2 s the second 429 asked for: 20/s; the pace had not held: 14/s.
    assertThat(waiting.perSecond()).isCloseTo(14.0, within(1e-9));
  }

  @Test
  void aPaceLeftUnusedForAMinuteIsForgottenAndOneInUseIsKept() throws InterruptedException {
    rateLimited(sendAccepted(40, Duration.ofMillis(25)), ONE_SECOND);
    pace.awaitTurn(); // the gate's second
    time.advance(AdaptiveRate.FORGOTTEN_AFTER_IDLE);
    pace.awaitTurn(); // a minute after the last turn: still the pace
    assertThat(pace.perSecond()).isCloseTo(36.0, within(1e-9));

    time.advance(AdaptiveRate.FORGOTTEN_AFTER_IDLE.plusMillis(1));
    int before = time.sleeps().size();
    for (int i = 0; i < 10; i++) {
      pace.awaitTurn();
    }

    assertThat(pace.perSecond()).isInfinite();
    assertThat(time.sleeps()).hasSize(before);
  }

  @Test
  void pacingSettingsRefuseNonsense() {
    assertThatThrownBy(() -> new RatePacing(true, 1.0, 0.5, 1.0, 1.0))
        .hasMessageContaining("backoff");
    assertThatThrownBy(() -> new RatePacing(true, 0.5, 0.0, 1.0, 1.0))
        .hasMessageContaining("backoff");
    assertThatThrownBy(() -> new RatePacing(true, 0.5, 0.5, 0.0, 1.0))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> new RatePacing(true, 0.5, 0.5, 1.0, -1.0))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> new ScanSettings(8, Duration.ofDays(7), null))
        .hasMessageContaining("pacing");
  }

  /**
   * {@code n} requests answered {@code gap} apart, told to the gate and the pace as the interceptor
   * tells them; returns when the last one was sent.
   */
  private Instant sendAccepted(int n, Duration gap) throws InterruptedException {
    Instant sent = null;
    for (int i = 0; i < n; i++) {
      sent = pace.awaitTurn();
      time.advance(gap);
      gate.answered();
      pace.answered();
    }
    return sent;
  }

  /** {@code n} calls of the same token outside this scan (restores, another scan) answered. */
  private void othersAnswered(int n, Duration gap) {
    for (int i = 0; i < n; i++) {
      time.advance(gap);
      gate.answered();
    }
  }

  /** A 429 as the interceptor reports it: the gate closes, then the pace hears of it. */
  private void rateLimited(Instant sentAt, Duration retryAfter) {
    gate.closeFor(retryAfter);
    pace.rateLimited(sentAt, retryAfter);
  }
}
