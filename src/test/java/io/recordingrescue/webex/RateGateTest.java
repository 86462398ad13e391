package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.testsupport.FakeTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateGateTest {
  private final FakeTime time = new FakeTime(Instant.parse("2026-11-29T12:00:00Z"));
  private final RateGate gate = new RateGate(time, time);

  @Test
  void openGateDoesNotWait() throws InterruptedException {
    gate.awaitOpen();
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void closedGateWaitsExactlyTheRemainingTime() throws InterruptedException {
    gate.closeFor(Duration.ofSeconds(3));
    time.advance(Duration.ofSeconds(1));
    gate.awaitOpen();
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
    assertThat(gate.remaining()).isZero();
  }

  @Test
  void gateOpensTheMomentItsPauseEnds() throws InterruptedException {
    gate.closeFor(Duration.ofSeconds(3));
    time.advance(Duration.ofSeconds(3));
    assertThat(gate.remaining()).isZero();
    gate.awaitOpen();
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void shorterPauseNeverShortensALongerOne() {
    gate.closeFor(Duration.ofSeconds(10));
    gate.closeFor(Duration.ofSeconds(2));
    assertThat(gate.remaining()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void retryPolicyUsesRetryAfterElseExponentialDefaultCapped() {
    RetryPolicy p = RetryPolicy.defaults();
    assertThat(p.rateLimitWait(Duration.ofSeconds(7), 1)).isEqualTo(Duration.ofSeconds(7));
    assertThat(p.rateLimitWait(null, 1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(p.rateLimitWait(null, 2)).isEqualTo(Duration.ofSeconds(10));
    assertThat(p.rateLimitWait(null, 9)).isEqualTo(Duration.ofSeconds(60));
    assertThat(p.rateLimitWait(Duration.ofSeconds(3600), 1)).isEqualTo(Duration.ofSeconds(60));
    for (int attempt = 1; attempt < 30; attempt++) {
      assertThat(p.backoff(attempt)).isBetween(Duration.ZERO, Duration.ofSeconds(60));
    }
  }

  @Test
  void backoffHasEqualJitterHalfFixedHalfRandomUpToTheCap() {
    Duration base = Duration.ofMillis(500);
    Duration max = Duration.ofSeconds(60);
    for (int i = 0; i < 200; i++) {
      assertThat(RetryPolicy.backoff(base, max, 1)).isBetween(Duration.ofMillis(250), base);
      assertThat(RetryPolicy.backoff(base, max, 3))
          .isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
      assertThat(RetryPolicy.backoff(base, max, 30)).isBetween(Duration.ofSeconds(30), max);
    }
  }
}
