package io.recordingrescue.sandbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two requests answered at the same time are each logged with their own status and tracking id
 * before their answer goes out (JDK 17 shares an exchange's attributes with every other exchange of
 * its context, so per-exchange state kept there crossed over).
 */
class RequestLogTest {
  private final RequestLog log = new RequestLog();
  private final Replies replies = new Replies(new ObjectMapper());
  private final CountDownLatch secondArrived = new CountDownLatch(1);
  private final CountDownLatch firstAnswered = new CountDownLatch(1);
  private HttpServer server;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
    server.createContext(
        "/",
        log.around(
            exchange -> {
              Replies.track(exchange);
              try {
                if (exchange.getRequestURI().getPath().equals("/first")) {
                  // The second request has registered its own state before this one answers.
                  secondArrived.await(5, TimeUnit.SECONDS);
                  replies.error(exchange, 400, "first", java.util.List.of());
                  firstAnswered.countDown();
                } else {
                  secondArrived.countDown();
                  firstAnswered.await(5, TimeUnit.SECONDS);
                  replies.error(exchange, 404, "second", java.util.List.of());
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void overlappingRequestsAreLoggedWithTheirOwnStatusAndTrackingId() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    // The first request's handler waits until the second one has arrived, so both are open.
    CompletableFuture<HttpResponse<String>> first = send(client, "/first");
    CompletableFuture<HttpResponse<String>> second = send(client, "/second");

    HttpResponse<String> firstAnswer = first.get(10, TimeUnit.SECONDS);
    HttpResponse<String> secondAnswer = second.get(10, TimeUnit.SECONDS);

    Map<String, Integer> logged =
        log.snapshot().stream()
            .collect(Collectors.toMap(RequestRecord::target, RequestRecord::status));
    assertThat(logged).containsOnly(Map.entry("/first", 400), Map.entry("/second", 404));
    // Each error body names the tracking id its own TrackingID header carries.
    assertThat(firstAnswer.body())
        .contains(firstAnswer.headers().firstValue("TrackingID").orElseThrow());
    assertThat(secondAnswer.body())
        .contains(secondAnswer.headers().firstValue("TrackingID").orElseThrow());
  }

  private CompletableFuture<HttpResponse<String>> send(HttpClient client, String path) {
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    return client.sendAsync(
        HttpRequest.newBuilder(uri).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
