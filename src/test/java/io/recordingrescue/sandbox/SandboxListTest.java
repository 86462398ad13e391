package io.recordingrescue.sandbox;

import static io.recordingrescue.sandbox.TestHttp.enc;
import static io.recordingrescue.sandbox.TestHttp.nextLink;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordingrescue.sandbox.data.Owner;
import io.recordingrescue.sandbox.oauth.CallerRole;
import io.recordingrescue.testsupport.OpenApiSchemas;
import io.recordingrescue.testsupport.SandboxBins;
import io.recordingrescue.webex.Recording;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxListTest {

  static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");

  private static SandboxServer server;
  private static TestHttp http;
  private static OpenApiSchemas schemas;

  @BeforeAll
  static void start() {
    server =
        SandboxServer.start(
            SandboxConfig.builder().seed(7).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());
    http = new TestHttp(server);
    schemas = OpenApiSchemas.load();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  private void assertItemsValid(JsonNode page) {
    assertThat(page.path("items").isArray()).isTrue();
    for (JsonNode item : page.path("items")) {
      assertThat(schemas.validate("RecordingObject", item)).as(item.toString()).isEmpty();
    }
  }

  /** What the list should return: the expected recordings, newest first. */
  private List<String> expected(Instant from, Instant to, String status, String owner) {
    return server.recordings().stream()
        .filter(r -> !r.createTime().isBefore(from) && r.createTime().isBefore(to))
        .filter(r -> r.status().equals(status))
        .filter(r -> owner == null || r.ownerEmail().equalsIgnoreCase(owner))
        .map(Recording::id)
        .toList();
  }

  @Test
  void walkingNextLinksReturnsTheWholeWindowNewestFirstWithParamsKept() {
    Instant from = NOW.minus(Duration.ofDays(30));
    String query =
        "/convergedRecordings?status=deleted&from=" + enc(from) + "&to=" + enc(NOW) + "&max=7";
    HttpResponse<String> response = http.get(query, server.userToken());
    List<String> seen = new ArrayList<>();
    int pages = 0;
    while (true) {
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode page = TestHttp.json(response);
      assertItemsValid(page);
      assertThat(page.path("items").size()).isLessThanOrEqualTo(7);
      seen.addAll(ids(page));
      pages++;
      Optional<String> next = nextLink(response);
      if (next.isEmpty()) {
        break;
      }
      URI link = URI.create(next.get());
      assertThat(link.isAbsolute()).isTrue();
      assertThat(link.getRawQuery())
          .contains("status=deleted", "from=" + enc(from), "to=" + enc(NOW), "max=7", "cursor=");
      response = http.getAbsolute(next.get(), server.userToken());
    }
    List<String> expected = expected(from, NOW, "deleted", server.userEmail());
    assertThat(expected).hasSizeGreaterThan(7);
    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo((expected.size() + 6) / 7);
  }

  @Test
  void adminSeesEveryOwnerAndCanFilterByOwnerEmailAndId() {
    Instant from = NOW.minus(Duration.ofDays(30));
    String base =
        "/admin/convergedRecordings?status=deleted&max=100&from=" + enc(from) + "&to=" + enc(NOW);
    JsonNode all = TestHttp.json(http.get(base, server.adminToken()));
    assertItemsValid(all);
    List<String> owners = new ArrayList<>();
    all.path("items").forEach(i -> owners.add(i.path("ownerEmail").asText()));
    assertThat(owners.stream().distinct().count()).isGreaterThan(1);

    Owner other = server.dataSet().owners().get(1);
    JsonNode byEmail =
        TestHttp.json(http.get(base + "&ownerEmail=" + enc(other.email()), server.adminToken()));
    assertThat(ids(byEmail))
        .isNotEmpty()
        .containsExactlyElementsOf(expected(from, NOW, "deleted", other.email()));
    JsonNode byId =
        TestHttp.json(http.get(base + "&ownerId=" + enc(other.id()), server.adminToken()));
    assertThat(ids(byId)).isEqualTo(ids(byEmail));
  }

  @Test
  void userSeesOnlyOwnRecordings() {
    String query =
        "/convergedRecordings?status=deleted&max=100&from=" + enc(NOW.minus(Duration.ofDays(30)));
    JsonNode page = TestHttp.json(http.get(query, server.userToken()));
    assertThat(page.path("items").size()).isPositive();
    page.path("items")
        .forEach(i -> assertThat(i.path("ownerEmail").asText()).isEqualTo(server.userEmail()));
  }

  @Test
  void defaultWindowIsTheLastSevenDaysAndStatusAvailable() {
    JsonNode page = TestHttp.json(http.get("/convergedRecordings?max=100", server.userToken()));
    assertThat(ids(page))
        .containsExactlyElementsOf(
            expected(NOW.minus(Duration.ofDays(7)), NOW, "available", server.userEmail()));
  }

  @Test
  void onlyToGivenMeansSevenDaysBeforeIt() {
    Instant to = NOW.minus(Duration.ofDays(40));
    JsonNode page =
        TestHttp.json(
            http.get(
                "/admin/convergedRecordings?status=deleted&max=100&to=" + enc(to),
                server.adminToken()));
    assertThat(ids(page))
        .containsExactlyElementsOf(expected(to.minus(Duration.ofDays(7)), to, "deleted", null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/convergedRecordings", "/admin/convergedRecordings"})
  void windowLongerThanThirtyDaysIs400(String path) {
    String token = path.startsWith("/admin") ? server.adminToken() : server.userToken();
    Instant from = NOW.minus(Duration.ofDays(30)).minusSeconds(1);
    HttpResponse<String> response =
        http.get(path + "?from=" + enc(from) + "&to=" + enc(NOW), token);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestHttp.json(response).path("message").asText()).contains("30 days");

    HttpResponse<String> exactly30 =
        http.get(path + "?from=" + enc(NOW.minus(Duration.ofDays(30))) + "&to=" + enc(NOW), token);
    assertThat(exactly30.statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "101", "-3", "ten", "1.5"})
  void maxOutOfRangeIs400(String max) {
    HttpResponse<String> response = http.get("/convergedRecordings?max=" + max, server.userToken());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestHttp.json(response).path("message").asText()).contains("max");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 100})
  void maxAtTheBoundsIsAccepted(int max) {
    String query =
        "/admin/convergedRecordings?status=deleted&max="
            + max
            + "&from="
            + enc(NOW.minus(Duration.ofDays(30)));
    HttpResponse<String> response = http.get(query + "&to=" + enc(NOW), server.adminToken());
    assertThat(response.statusCode()).isEqualTo(200);
    int inWindow = expected(NOW.minus(Duration.ofDays(30)), NOW, "deleted", null).size();
    assertThat(inWindow).isGreaterThan(1);
    assertThat(TestHttp.json(response).path("items").size()).isEqualTo(Math.min(max, inWindow));
    assertThat(nextLink(response).isPresent()).isEqualTo(inWindow > max);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "from=yesterday",
        "from=2026-01-20T00:00:00Z&to=2026-01-10T00:00:00Z",
        "status=gone",
        "serviceType=video",
        "storageRegion=FR",
        "ownerType=robot",
        "format=WAV",
        "cursor=not-a-recording"
      })
  void invalidQueryIs400(String query) {
    HttpResponse<String> response = http.get("/convergedRecordings?" + query, server.userToken());
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void acceptsOtherIso8601Forms() {
    assertThat(
            http.get(
                    "/convergedRecordings?from=2026-01-20&to=" + enc("2026-01-25T10:00:00+01:00"),
                    server.userToken())
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void filtersByServiceTypeRegionAndTopicIgnoringCase() {
    String base =
        "/admin/convergedRecordings?status=deleted&max=100&to="
            + enc(NOW)
            + "&from="
            + enc(NOW.minus(Duration.ofDays(30)));
    JsonNode assist =
        TestHttp.json(http.get(base + "&serviceType=customerAssist", server.adminToken()));
    assertThat(assist.path("items").size()).isPositive();
    assist
        .path("items")
        .forEach(i -> assertThat(i.path("serviceType").asText()).isEqualTo("customerAssist"));

    Recording sample =
        SandboxBins.deleted(server).stream()
            .filter(r -> r.createTime().isAfter(NOW.minus(Duration.ofDays(30))))
            .findFirst()
            .orElseThrow();
    JsonNode region =
        TestHttp.json(
            http.get(base + "&storageRegion=" + sample.storageRegion(), server.adminToken()));
    region
        .path("items")
        .forEach(
            i -> assertThat(i.path("storageRegion").asText()).isEqualTo(sample.storageRegion()));
    assertThat(ids(region)).contains(sample.id());

    JsonNode topic =
        TestHttp.json(http.get(base + "&topic=" + enc("RÉUNION D'ÉQUIPE"), server.adminToken()));
    topic
        .path("items")
        .forEach(
            i -> assertThat(i.path("topic").asText()).containsIgnoringCase("réunion d'équipe"));
  }

  @Test
  void adminListAsUserIs403WithWebexErrorBody() {
    HttpResponse<String> response = http.get("/admin/convergedRecordings", server.userToken());
    assertThat(response.statusCode()).isEqualTo(403);
    assertWebexError(response);
  }

  @Test
  void missingUnknownExpiredOrRevokedTokenIs401() {
    assertThat(http.get("/convergedRecordings", null).statusCode()).isEqualTo(401);
    assertThat(http.get("/convergedRecordings", "nonsense").statusCode()).isEqualTo(401);
    String expiring =
        server.tokens().issue(CallerRole.USER, server.userEmail(), Duration.ofHours(1));
    assertThat(http.get("/convergedRecordings", expiring).statusCode()).isEqualTo(200);
    server.tokens().expire(expiring);
    HttpResponse<String> expired = http.get("/convergedRecordings", expiring);
    assertThat(expired.statusCode()).isEqualTo(401);
    assertWebexError(expired);
    String revoked =
        server.tokens().issue(CallerRole.ADMIN, server.adminEmail(), Duration.ofHours(1));
    server.tokens().revoke(revoked);
    assertThat(http.get("/people/me", revoked).statusCode()).isEqualTo(401);
  }

  @Test
  void unknownPathIs404AndWrongMethodIs405() {
    HttpResponse<String> unknown = http.get("/nothingHere", server.userToken());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertWebexError(unknown);
    assertThat(http.get("/convergedRecordings/restore/x", server.userToken()).statusCode())
        .isEqualTo(404);
    assertThat(
            http.post("/convergedRecordings/purge", server.adminToken(), "application/json", "{}")
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> wrong =
        http.post("/convergedRecordings", server.userToken(), "application/json", "{}");
    assertThat(wrong.statusCode()).isEqualTo(405);
    assertWebexError(wrong);
    assertThat(http.get("/convergedRecordings/restore", server.userToken()).statusCode())
        .isEqualTo(405);
  }

  @Test
  void detailsOfOwnRecordingForeignAndUnknown() {
    Recording own =
        server.recordings().stream()
            .filter(r -> r.ownerEmail().equals(server.userEmail()))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> response =
        http.get("/convergedRecordings/" + own.id(), server.userToken());
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = TestHttp.json(response);
    assertThat(body.path("id").asText()).isEqualTo(own.id());
    assertThat(body.path("createTime").asText()).isEqualTo(own.createTime().toString());
    assertThat(schemas.validate("RecordingObjectWithDirectDownloadLinks", body)).isEmpty();

    Recording foreign =
        server.recordings().stream()
            .filter(r -> !r.ownerEmail().equals(server.userEmail()))
            .findFirst()
            .orElseThrow();
    assertThat(http.get("/convergedRecordings/" + foreign.id(), server.userToken()).statusCode())
        .isEqualTo(403);
    assertThat(http.get("/convergedRecordings/" + foreign.id(), server.adminToken()).statusCode())
        .isEqualTo(200);
    HttpResponse<String> unknown = http.get("/convergedRecordings/no-such-id", server.adminToken());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertWebexError(unknown);
  }

  @Test
  void peopleMeNamesTheTokenOwner() {
    JsonNode user = TestHttp.json(http.get("/people/me", server.userToken()));
    assertThat(user.path("emails").get(0).asText()).isEqualTo(server.userEmail());
    assertThat(user.path("id").asText()).isNotBlank();
    assertThat(user.path("orgId").asText()).isNotBlank();
    assertThat(user.path("roles").size()).isZero();
    assertThat(schemas.validate("Person", user)).isEmpty();
    JsonNode admin = TestHttp.json(http.get("/people/me", server.adminToken()));
    assertThat(admin.path("emails").get(0).asText()).isEqualTo(server.adminEmail());
    assertThat(admin.path("roles").size()).isEqualTo(1);
    assertThat(admin.path("orgId").asText()).isEqualTo(user.path("orgId").asText());
  }

  @Test
  void instantsAreIso8601Text() {
    JsonNode page =
        TestHttp.json(
            http.get(
                "/convergedRecordings?status=deleted&max=1&from="
                    + enc(NOW.minus(Duration.ofDays(30))),
                server.userToken()));
    assertThat(page.path("items").get(0).path("createTime").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
  }

  @Test
  void concurrentClientsAllGetAnswers() throws Exception {
    List<java.util.concurrent.CompletableFuture<Integer>> calls = new ArrayList<>();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(16);
    try {
      for (int i = 0; i < 64; i++) {
        calls.add(
            java.util.concurrent.CompletableFuture.supplyAsync(
                () -> http.get("/convergedRecordings?max=50", server.userToken()).statusCode(),
                pool));
      }
      for (var call : calls) {
        assertThat(call.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void requestLogRecordsMethodTargetAndStatus() {
    http.get("/convergedRecordings?max=3&topic=xyz", server.userToken());
    assertThat(server.requestLog())
        .anySatisfy(
            r -> {
              assertThat(r.method()).isEqualTo("GET");
              assertThat(r.target()).isEqualTo("/v1/convergedRecordings?max=3&topic=xyz");
              assertThat(r.status()).isEqualTo(200);
            });
  }

  static void assertWebexError(HttpResponse<String> response) {
    JsonNode body = TestHttp.json(response);
    assertThat(body.path("message").asText()).isNotBlank();
    assertThat(body.path("errors").isArray()).isTrue();
    assertThat(body.path("errors").get(0).path("description").asText()).isNotBlank();
    assertThat(body.path("trackingId").asText()).startsWith("ROUTER_");
    assertThat(response.headers().firstValue("TrackingID"))
        .contains(body.path("trackingId").asText());
  }
}
