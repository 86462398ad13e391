package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A call made by an interrupted thread (a cancelled scan's or restore's worker) fails with the
 * network failure callers handle, not an undeclared InterruptedException out of OkHttp, and the
 * thread stays interrupted for whoever cancelled it.
 */
class WebexClientInterruptTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  @AutoClose private final JsonBodyServer server = new JsonBodyServer();
  private final WebexClient client = server.client();

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted(); // never leave the test runner's thread interrupted
  }

  @Test
  void aListingByAnInterruptedThreadIsANetworkFailureAndTheThreadStaysInterrupted() {
    Thread.currentThread().interrupt();

    assertThatThrownBy(() -> client.listPage(ListScope.org(), lastWeek()))
        .isInstanceOf(WebexNetworkException.class);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();

    Thread.interrupted();
    assertThat(client.listPage(ListScope.org(), lastWeek()).items()).isEmpty();
  }

  @Test
  void aRestoreByAnInterruptedThreadIsANetworkFailureWhoseOutcomeIsChecked() {
    Thread.currentThread().interrupt();

    assertThatThrownBy(() -> client.restore(RestoreRequest.byIds(List.of("r1"))))
        .isInstanceOfSatisfying(
            WebexNetworkException.class,
            // The engine verifies a restore whose outcome is unknown instead of assuming it failed.
            e -> assertThat(e.outcomeUnknown()).isTrue());
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  private static ListQuery lastWeek() {
    return ListQuery.deleted(NOW.minus(Duration.ofDays(7)), NOW);
  }
}
