package io.recordingrescue.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordingrescue.testsupport.OpenApiSchemas;
import io.recordingrescue.testsupport.SandboxBins;
import io.recordingrescue.webex.Recording;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A fresh sandbox per test: restores change the data. */
class SandboxRestoreTest {

  private static final OpenApiSchemas SCHEMAS = OpenApiSchemas.load();

  private SandboxServer server;
  private TestHttp http;

  @BeforeEach
  void start() {
    server =
        SandboxServer.start(
            SandboxConfig.builder()
                .seed(11)
                .clock(Clock.fixed(Instant.parse("2026-02-01T12:00:00Z"), ZoneOffset.UTC))
                .build());
    http = new TestHttp(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private List<Recording> deletedOf(String email, int count) {
    return SandboxBins.deletedOf(server, email).stream().limit(count).toList();
  }

  private Recording foreignDeleted() {
    return SandboxBins.deleted(server).stream()
        .filter(r -> !r.ownerEmail().equals(server.userEmail()))
        .findFirst()
        .orElseThrow();
  }

  private static String idsJson(List<String> ids) {
    return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
  }

  private HttpResponse<String> restore(String token, String body) {
    JsonNode parsed = TestHttp.parseOrNull(body);
    if (parsed != null && parsed.isObject()) {
      // Every body the rules accept must be valid by the published schema too.
      assertThat(SCHEMAS.validate("BulkRestoreRecordingObject", parsed)).isEmpty();
    }
    return http.restore(token, body);
  }

  @Test
  void userRestoresOwnDeletedRecordings() {
    List<Recording> targets = deletedOf(server.userEmail(), 3);
    List<String> ids = targets.stream().map(Recording::id).toList();
    HttpResponse<String> response =
        restore(server.userToken(), "{\"restoreAll\":false,\"recordingIds\":" + idsJson(ids) + "}");
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
    ids.forEach(id -> assertThat(server.find(id).orElseThrow().status()).isEqualTo("available"));
    assertThat(server.restoreLog())
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.role()).isEqualTo("user");
              assertThat(call.restoreAll()).isFalse();
              assertThat(call.recordingIds()).containsExactlyElementsOf(ids);
              assertThat(call.status()).isEqualTo(204);
            });
  }

  @Test
  void alreadyAvailableIdsAreAcceptedAsNoOp() {
    Recording available =
        server.recordings().stream()
            .filter(
                r -> r.ownerEmail().equals(server.userEmail()) && r.status().equals("available"))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> response =
        restore(server.userToken(), "{\"recordingIds\":[\"" + available.id() + "\"]}");
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(server.find(available.id())).contains(available);
  }

  @Test
  void adminRestoresAnyOwnersIdsAndAllOfOneOwner() {
    Recording foreign = foreignDeleted();
    assertThat(
            restore(server.adminToken(), "{\"recordingIds\":[\"" + foreign.id() + "\"]}")
                .statusCode())
        .isEqualTo(204);
    assertThat(server.find(foreign.id()).orElseThrow().status()).isEqualTo("available");

    String owner = server.dataSet().owners().get(2).email();
    long otherBefore = server.countDeleted(server.userEmail());
    assertThat(server.countDeleted(owner)).isPositive();
    HttpResponse<String> all =
        restore(server.adminToken(), "{\"restoreAll\":true,\"ownerEmail\":\"" + owner + "\"}");
    assertThat(all.statusCode()).isEqualTo(204);
    assertThat(server.countDeleted(owner)).isZero();
    assertThat(server.countDeleted(server.userEmail())).isEqualTo(otherBefore);
    assertThat(server.restoreLog().get(1).role()).isEqualTo("admin");
    assertThat(server.restoreLog().get(1).ownerEmail()).isEqualTo(owner);
  }

  @Test
  void userRestoreAllRestoresOnlyTheirOwn() {
    long othersBefore = server.countDeleted(null) - server.countDeleted(server.userEmail());
    assertThat(server.countDeleted(server.userEmail())).isGreaterThan(50);
    assertThat(restore(server.userToken(), "{\"restoreAll\":true}").statusCode()).isEqualTo(204);
    assertThat(server.countDeleted(server.userEmail())).isZero();
    assertThat(server.countDeleted(null)).isEqualTo(othersBefore);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"restoreAll\":false}",
        "{\"restoreAll\":false,\"recordingIds\":[]}",
        "{\"restoreAll\":false,\"recordingIds\":[\"ID\"],\"ownerEmail\":\"x@y.z\"}",
        "{\"restoreAll\":true,\"recordingIds\":[\"ID\"]}",
        "{\"restoreAll\":true,\"ownerEmail\":\"OWNER\"}",
        "{\"restoreAll\":\"yes\"}",
        "{\"recordingIds\":\"ID\"}",
        "[1,2]",
        "{\"restoreAll\": tru",
        ""
      })
  void userBodyRuleViolationsAre400AndRestoreNothing(String template) {
    String id = deletedOf(server.userEmail(), 1).get(0).id();
    String body = template.replace("ID", id).replace("OWNER", server.userEmail());
    long before = server.countDeleted(null);
    HttpResponse<String> response = http.restore(server.userToken(), body);
    assertThat(response.statusCode()).isEqualTo(400);
    SandboxListTest.assertWebexError(response);
    assertThat(server.countDeleted(null)).isEqualTo(before);
    assertThat(server.restoreLog())
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(400));
  }

  @Test
  void moreThanHundredIdsIs400() {
    List<String> ids = IntStream.range(0, 101).mapToObj(i -> "id-" + i).toList();
    HttpResponse<String> response =
        http.restore(server.adminToken(), "{\"recordingIds\":" + idsJson(ids) + "}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestHttp.json(response).path("message").asText()).contains("100");
  }

  @Test
  void adminRestoreAllWithoutOwnerEmailIs400() {
    HttpResponse<String> response = http.restore(server.adminToken(), "{\"restoreAll\":true}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestHttp.json(response).path("message").asText()).contains("ownerEmail");
    HttpResponse<String> blank =
        http.restore(server.adminToken(), "{\"restoreAll\":true,\"ownerEmail\":\"\"}");
    assertThat(blank.statusCode()).isEqualTo(400);
  }

  @Test
  void adminRestoreAllOfUnknownOwnerIs404() {
    assertThat(
            http.restore(
                    server.adminToken(),
                    "{\"restoreAll\":true,\"ownerEmail\":\"nobody@sandbox.example.com\"}")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void adminRestoreAllOrListingOfAnOwnerOfAnotherOrgIs403() {
    assertNotInTheOrganization(
        http.restore(server.adminToken(), "{\"restoreAll\":true,\"ownerEmail\":\"nobody@x.y\"}"));
    assertNotInTheOrganization(http.get(binOf("nobody%40x.y"), server.adminToken()));
    assertThat(http.get(binOf("nobody%40sandbox.example.com"), server.adminToken()).statusCode())
        .isEqualTo(200);
  }

  /** The admin listing of one owner's bin; {@code ownerEmail} URL-encoded. */
  private static String binOf(String ownerEmail) {
    return "/admin/convergedRecordings?status=deleted&ownerEmail=" + ownerEmail;
  }

  private static void assertNotInTheOrganization(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("not in your organization");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "none"})
  void otherContentTypesAre415(String contentType) {
    String id = deletedOf(server.userEmail(), 1).get(0).id();
    HttpResponse<String> response =
        http.post(
            "/convergedRecordings/restore",
            server.userToken(),
            contentType.equals("none") ? null : contentType,
            "{\"recordingIds\":[\"" + id + "\"]}");
    assertThat(response.statusCode()).isEqualTo(415);
    SandboxListTest.assertWebexError(response);
    assertThat(server.find(id).orElseThrow().status()).isEqualTo("deleted");
  }

  @Test
  void jsonWithCharsetIsAccepted() {
    String id = deletedOf(server.userEmail(), 1).get(0).id();
    HttpResponse<String> response =
        http.post(
            "/convergedRecordings/restore",
            server.userToken(),
            "application/json; charset=UTF-8",
            "{\"recordingIds\":[\"" + id + "\"]}");
    assertThat(response.statusCode()).isEqualTo(204);
  }

  @Test
  void anyUnknownIdIs404NamingItAndNothingIsRestored() {
    List<String> known = deletedOf(server.userEmail(), 2).stream().map(Recording::id).toList();
    List<String> ids = List.of(known.get(0), "missing-1", known.get(1), "missing-2");
    HttpResponse<String> response =
        restore(server.userToken(), "{\"recordingIds\":" + idsJson(ids) + "}");
    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode body = TestHttp.json(response);
    assertThat(body.path("message").asText()).contains("missing-1", "missing-2");
    assertThat(body.path("message").asText()).doesNotContain(known.get(0));
    assertThat(body.path("errors").toString()).contains("missing-1", "missing-2");
    known.forEach(id -> assertThat(server.find(id).orElseThrow().status()).isEqualTo("deleted"));
    assertThat(server.restoreLog().get(0).status()).isEqualTo(404);
  }

  @Test
  void userRestoringSomeoneElsesIdIs403AndNothingIsRestored() {
    String own = deletedOf(server.userEmail(), 1).get(0).id();
    Recording foreign = foreignDeleted();
    HttpResponse<String> response =
        restore(
            server.userToken(), "{\"recordingIds\":" + idsJson(List.of(own, foreign.id())) + "}");
    assertThat(response.statusCode()).isEqualTo(403);
    SandboxListTest.assertWebexError(response);
    assertThat(server.find(own).orElseThrow().status()).isEqualTo("deleted");
    assertThat(server.find(foreign.id()).orElseThrow().status()).isEqualTo("deleted");
  }

  @Test
  void restoreNeedsAToken() {
    assertThat(http.restore(null, "{\"restoreAll\":true}").statusCode()).isEqualTo(401);
    assertThat(server.restoreLog()).isEmpty();
  }

  @Test
  void restoredRecordingMovesFromTheBinListToTheAvailableList() {
    Recording target = deletedOf(server.userEmail(), 1).get(0);
    String window =
        "&max=100&from="
            + TestHttp.enc(target.createTime())
            + "&to="
            + TestHttp.enc(target.createTime().plusSeconds(1));
    assertThat(http.get("/convergedRecordings?status=deleted" + window, server.userToken()).body())
        .contains(target.id());
    restore(server.userToken(), "{\"recordingIds\":[\"" + target.id() + "\"]}");
    assertThat(http.get("/convergedRecordings?status=deleted" + window, server.userToken()).body())
        .doesNotContain(target.id());
    assertThat(
            http.get("/convergedRecordings?status=available" + window, server.userToken()).body())
        .contains(target.id());
  }
}
