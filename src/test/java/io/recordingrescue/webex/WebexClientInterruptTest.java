package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A call made by an interrupted thread (a cancelled scan's or restore's worker) fails with the
 * network failure callers handle, not an undeclared InterruptedException out of OkHttp, and the
 * thread stays interrupted for whoever cancelled it.
 */
class WebexClientInterruptTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  private HttpServer server;
  private WebexClient client;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v1/",
        exchange -> {
          byte[] bytes = "{\"items\": []}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    client =
        WebexClient.builder(base, AccessTokenSource.fixed("token"))
            .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
            .build();
  }

  @AfterEach
  void stop() {
    Thread.interrupted(); // never leave the test runner's thread interrupted
    server.stop(0);
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
