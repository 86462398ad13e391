package io.recordingrescue.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.recordingrescue.sandbox.faults.FaultKind;
import io.recordingrescue.sandbox.faults.FaultPlan;
import io.recordingrescue.sandbox.faults.ScriptedFault;
import io.recordingrescue.testsupport.FakeTime;
import io.recordingrescue.testsupport.SandboxBins;
import io.recordingrescue.webex.Recording;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SandboxFaultTest {

  private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");
  private static final String BIN =
      "/convergedRecordings?status=deleted&max=5&from="
          + TestHttp.enc(NOW.minus(Duration.ofDays(30)))
          + "&to="
          + TestHttp.enc(NOW);

  private SandboxServer server;
  private TestHttp http;

  @BeforeEach
  void start() {
    server = SandboxServer.start(config(FaultPlan.none()));
    http = new TestHttp(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static SandboxConfig config(FaultPlan plan) {
    return SandboxConfig.builder()
        .seed(3)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .faults(plan)
        .build();
  }

  private String ownDeletedId() {
    return SandboxBins.deletedOf(server, server.userEmail()).get(0).id();
  }

  @ParameterizedTest
  @CsvSource({
    "TOO_MANY_REQUESTS, 429",
    "TOO_MANY_REQUESTS_NO_RETRY_AFTER, 429",
    "INTERNAL_ERROR, 500",
    "BAD_GATEWAY, 502",
    "SERVICE_UNAVAILABLE, 503"
  })
  void errorStatusesAtRateOneHitEveryRequest(FaultKind kind, int status) {
    server.setFaults(FaultPlan.none().withRate(kind, 1.0).withRetryAfterSeconds(0));
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> response = http.get(BIN, server.userToken());
      assertThat(response.statusCode()).isEqualTo(status);
      SandboxListTest.assertWebexError(response);
      if (kind == FaultKind.TOO_MANY_REQUESTS) {
        assertThat(response.headers().firstValue("Retry-After")).contains("0");
      } else {
        assertThat(response.headers().firstValue("Retry-After")).isEmpty();
      }
    }
    assertThat(server.injectedFaults()).containsEntry(kind.name(), 3L);
  }

  @Test
  void scriptedFaultHitsOnceThenNormalService() {
    server.scriptNext("/v1/convergedRecordings", ScriptedFault.tooManyRequests(1));
    server.scriptNext("/convergedRecordings", ScriptedFault.serverError(503));
    HttpResponse<String> first = http.get(BIN, server.userToken());
    assertThat(first.statusCode()).isEqualTo(429);
    assertThat(first.headers().firstValue("Retry-After")).contains("1");
    assertThat(http.get(BIN, server.userToken()).statusCode()).isEqualTo(503);
    assertThat(http.get(BIN, server.userToken()).statusCode()).isEqualTo(200);
    assertThat(server.injectedFaults())
        .containsEntry("TOO_MANY_REQUESTS", 1L)
        .containsEntry("SERVICE_UNAVAILABLE", 1L);
  }

  @Test
  void scriptedFaultWaitsForItsMethodAndPath() {
    server.scriptNext("GET", "/convergedRecordings", ScriptedFault.serverError(500));
    assertThat(http.get("/people/me", server.userToken()).statusCode()).isEqualTo(200);
    assertThat(
            http.restore(server.userToken(), "{\"recordingIds\":[\"" + ownDeletedId() + "\"]}")
                .statusCode())
        .isEqualTo(204);
    assertThat(http.get(BIN, server.userToken()).statusCode()).isEqualTo(500);
  }

  @Test
  void droppedConnectionSendsNothing() {
    server.scriptNext("/convergedRecordings", ScriptedFault.drop());
    assertThat(http.raw("GET", BIN, server.userToken(), null, null)).isEmpty();
    assertThat(http.raw("GET", BIN, server.userToken(), null, null)).startsWith("HTTP/1.1 200");
    assertThat(server.requestLog().get(0).status()).isZero();
    assertThat(server.injectedFaults()).containsEntry("DROP_CONNECTION", 1L);
  }

  @Test
  void dropAtRateOneFailsTheJdkClient() {
    server.setFaults(FaultPlan.none().withRate(FaultKind.DROP_CONNECTION, 1.0));
    assertThatThrownBy(() -> http.get(BIN, server.userToken()))
        .hasCauseInstanceOf(java.io.IOException.class);
  }

  @Test
  void restoreThenDropAppliesTheRestoreButNeverAnswers() {
    String id = ownDeletedId();
    server.setFaults(FaultPlan.none().withRate(FaultKind.RESTORE_THEN_DROP, 1.0));
    // The list is not a restore, so it is untouched by this fault.
    assertThat(http.get(BIN, server.userToken()).statusCode()).isEqualTo(200);
    String answer =
        http.raw(
            "POST",
            "/convergedRecordings/restore",
            server.userToken(),
            "application/json",
            "{\"recordingIds\":[\"" + id + "\"]}");
    assertThat(answer).isEmpty();
    assertThat(server.find(id).orElseThrow().status()).isEqualTo("available");
    assertThat(server.restoreLog())
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(204));
    assertThat(server.injectedFaults()).containsEntry("RESTORE_THEN_DROP", 1L);
  }

  @Test
  void restoreNoopAnswers204ButRestoresNothing() {
    String id = ownDeletedId();
    server.scriptNext("/convergedRecordings/restore", ScriptedFault.restoreNoop());
    HttpResponse<String> response =
        http.restore(server.userToken(), "{\"recordingIds\":[\"" + id + "\"]}");
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(server.find(id).orElseThrow().status()).isEqualTo("deleted");
    // Rules still apply under this fault: unknown ids are still 404.
    server.scriptNext("/convergedRecordings/restore", ScriptedFault.restoreNoop());
    assertThat(http.restore(server.userToken(), "{\"recordingIds\":[\"nope\"]}").statusCode())
        .isEqualTo(404);
    assertThat(server.injectedFaults()).containsEntry("RESTORE_NOOP", 2L);
  }

  @Test
  void nextLinkCanDropTheOriginalQueryParams() {
    server.setFaults(FaultPlan.none().withRate(FaultKind.NEXT_LINK_DROPS_PARAMS, 1.0));
    HttpResponse<String> response = http.get(BIN, server.userToken());
    assertThat(response.statusCode()).isEqualTo(200);
    String link = TestHttp.nextLink(response).orElseThrow();
    String query = URI.create(link).getRawQuery();
    assertThat(query).contains("cursor=").doesNotContain("status=", "from=", "to=");
  }

  @Test
  void malformedPageIsNotJson() {
    server.scriptNext("/convergedRecordings", ScriptedFault.malformedPage());
    HttpResponse<String> response = http.get(BIN, server.userToken());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).contains("json"));
    assertThatThrownBy(() -> TestHttp.MAPPER.readTree(response.body()))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void slowBodyTripsAShortReadTimeoutButArrivesWholeWhenWaitedFor() throws Exception {
    // 20 pieces over 2 s: each read waits at least 100 ms, longer than the 50 ms read timeout.
    server.setFaults(FaultPlan.none().withRate(FaultKind.SLOW_BODY, 1.0).withSlowBodyMillis(2_000));
    OkHttpClient impatient =
        new OkHttpClient.Builder()
            .readTimeout(Duration.ofMillis(50))
            .retryOnConnectionFailure(false)
            .build();
    Request request =
        new Request.Builder()
            .url(http.uri(BIN).toString())
            .header("Authorization", "Bearer " + server.userToken())
            .build();
    assertThatThrownBy(
            () -> {
              try (Response response = impatient.newCall(request).execute()) {
                response.body().string();
              }
            })
        .isInstanceOf(SocketTimeoutException.class);

    server.setFaults(FaultPlan.none().withRate(FaultKind.SLOW_BODY, 1.0).withSlowBodyMillis(200));
    long started = System.nanoTime();
    HttpResponse<String> slow = http.get(BIN, server.userToken());
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(TestHttp.json(slow).path("items").size()).isEqualTo(5);
    assertThat(tookMillis).isGreaterThanOrEqualTo(180); // the pauses are a lower bound
    assertThat(server.injectedFaults().get("SLOW_BODY")).isEqualTo(2L);
  }

  @Test
  void sameFaultSeedGivesTheSameSequence() {
    FaultPlan plan = FaultPlan.none().withSeed(99).withRate(FaultKind.SERVICE_UNAVAILABLE, 0.5);
    server.setFaults(plan);
    List<Integer> first = statuses(12);
    server.setFaults(plan);
    List<Integer> second = statuses(12);
    assertThat(first).isEqualTo(second).contains(200, 503);
    server.setFaults(plan.withSeed(100));
    assertThat(statuses(12)).isNotEqualTo(first);
  }

  private List<Integer> statuses(int count) {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      statuses.add(http.get(BIN, server.userToken()).statusCode());
    }
    return statuses;
  }

  @Test
  void rateLimitPerTokenAnswers429WithRetryAfter() {
    server.setFaults(FaultPlan.none().withRateLimit(3));
    List<HttpResponse<String>> responses = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      responses.add(http.get("/people/me", server.userToken()));
    }
    assertThat(responses)
        .anySatisfy(
            r -> {
              assertThat(r.statusCode()).isEqualTo(429);
              assertThat(r.headers().firstValue("Retry-After")).contains("1");
            });
    assertThat(responses).anySatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
    assertThat(server.injectedFaults().get("RATE_LIMITED")).isPositive();
    server.setFaults(FaultPlan.none());
    assertThat(http.get("/people/me", server.userToken()).statusCode()).isEqualTo(200);
  }

  @Test
  void rateLimitCountsInTheSecondsOfItsOwnClock() {
    FakeTime rateClock = new FakeTime(NOW);
    SandboxConfig limitedConfig =
        config(FaultPlan.none().withRateLimit(2)).toBuilder().rateLimitClock(rateClock).build();
    try (SandboxServer limited = SandboxServer.start(limitedConfig)) {
      TestHttp limitedHttp = new TestHttp(limited);
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        statuses.add(limitedHttp.get("/people/me", limited.userToken()).statusCode());
      }
      rateClock.advance(Duration.ofSeconds(1));
      statuses.add(limitedHttp.get("/people/me", limited.userToken()).statusCode());

      assertThat(statuses).containsExactly(200, 200, 429, 200);
    }
  }

  @Test
  void faultPlanStartsFromTheConfig() {
    try (SandboxServer faulty =
        SandboxServer.start(config(FaultPlan.none().withRate(FaultKind.BAD_GATEWAY, 1.0)))) {
      assertThat(new TestHttp(faulty).get("/people/me", faulty.userToken()).statusCode())
          .isEqualTo(502);
    }
  }

  @Test
  void invalidPlansAreRefusedWithAClearMessage() {
    assertThatThrownBy(() -> FaultPlan.none().withRate(FaultKind.DROP_CONNECTION, 1.5))
        .hasMessageContaining("DROP_CONNECTION");
    assertThatThrownBy(() -> FaultPlan.none().withRetryAfterSeconds(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScriptedFault.serverError(404))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void latencyDelaysButStillAnswers() {
    server.setFaults(FaultPlan.none().withLatency(30, 20));
    HttpResponse<String> response = http.get(BIN, server.userToken());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(server.injectedFaults()).isEmpty();
  }

  @Test
  void extraContextsAreServedAndLogged() {
    server.addContext(
        "/v1/authorize",
        exchange -> {
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    HttpResponse<String> response = http.get("/authorize?client_id=x", null);
    assertThat(response.statusCode()).isEqualTo(302);
    // An extra handler's request is logged when the handler returns, which may be just after the
    // client has its answer: wait for it, boundedly.
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (server.requestLog().isEmpty() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(server.requestLog())
        .anySatisfy(r -> assertThat(r.target()).isEqualTo("/v1/authorize?client_id=x"));
    // The API still answers next to it.
    assertThat(http.get("/people/me", server.userToken()).statusCode()).isEqualTo(200);
  }

  @Test
  void describeNamesBaseUrlAndUser() {
    assertThat(server.describe()).contains(server.baseUrl().toString(), server.userEmail());
    assertThat(server.baseUrl().toString()).startsWith("http://127.0.0.1:").endsWith("/v1");
    Recording any = server.recordings().get(0);
    assertThat(server.find(any.id())).contains(any);
  }
}
