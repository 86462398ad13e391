package io.recordingrescue.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.TestHttp;
import io.recordingrescue.testsupport.OpenApiSchemas;
import io.recordingrescue.webex.Recording;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DataSetTest {

  private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static SandboxConfig config(long seed) {
    return SandboxConfig.builder().seed(seed).clock(CLOCK).build();
  }

  @Test
  void sameSeedGivesTheSameDataAndAnotherSeedDoesNot() {
    List<Recording> first = DataSet.generate(config(5)).recordings();
    List<Recording> again = DataSet.generate(config(5)).recordings();
    List<Recording> other = DataSet.generate(config(6)).recordings();
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(DataSet.generate(config(5)).owners())
        .isEqualTo(DataSet.generate(config(5)).owners());
  }

  @Test
  void defaultsMakeAFullBinSpreadOverAYear() {
    DataSet data = DataSet.generate(config(1));
    List<Recording> all = data.recordings();
    assertThat(all).hasSize(600);
    assertThat(data.owners()).hasSize(12);
    long deleted = data.countDeleted(null);
    assertThat(deleted).isBetween(400L, 540L); // about 80 %
    assertThat(data.count("available", null)).isEqualTo(600 - deleted).isPositive();
    String user = data.owners().get(0).email();
    assertThat(data.countDeleted(user)).isGreaterThan(100);

    assertThat(all)
        .allSatisfy(
            r -> assertThat(r.createTime()).isBefore(NOW).isAfter(NOW.minus(Duration.ofDays(365))));
    assertThat(all.stream().filter(r -> r.createTime().isAfter(NOW.minus(Duration.ofDays(30)))))
        .isNotEmpty();
    assertThat(all.stream().filter(r -> r.createTime().isBefore(NOW.minus(Duration.ofDays(300)))))
        .isNotEmpty();
    assertThat(all).isSortedAccordingTo(DataSet.NEWEST_FIRST);
    assertThat(all).allSatisfy(r -> assertThat(r.timeRecorded()).isBefore(r.createTime()));
    assertThat(all).allSatisfy(r -> assertThat(r.sizeBytes()).isGreaterThan(r.durationSeconds()));

    assertThat(all.stream().map(Recording::ownerType).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("user", "place", "virtualLine", "callQueue");
    assertThat(all.stream().map(Recording::serviceType).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("calling", "customerAssist");
    assertThat(all.stream().map(Recording::format).collect(Collectors.toSet())).containsOnly("MP3");
    assertThat(all.stream().map(Recording::storageRegion).collect(Collectors.toSet()))
        .isSubsetOf("US", "SG", "GB", "JP", "DE", "AU", "IN", "CA")
        .hasSizeGreaterThan(2);
    assertThat(all).anySatisfy(r -> assertThat(r.topic()).isEqualTo("Réunion d'équipe – 北京"));
    assertThat(all).anySatisfy(r -> assertThat(r.topic()).isEqualTo("Ça va? 👋"));
    assertThat(all.stream().filter(r -> r.topic().length() > 1_000).count())
        .isGreaterThanOrEqualTo(3);
    assertThat(all.stream().map(Recording::id).distinct().count()).isEqualTo(600);
  }

  @Test
  void everyGeneratedRecordingMatchesTheOpenApiSchema() {
    OpenApiSchemas schemas = OpenApiSchemas.load();
    for (Recording recording : DataSet.generate(config(2)).recordings()) {
      JsonNode json = TestHttp.MAPPER.valueToTree(recording);
      assertThat(schemas.validate("RecordingObject", json)).as(recording.id()).isEmpty();
    }
  }

  @Test
  void unknownEnumsFlagAddsValuesTheSchemaDoesNotKnow() {
    SandboxConfig config = config(3).toBuilder().unknownEnums(true).build();
    try (SandboxServer server = SandboxServer.start(config)) {
      List<Recording> all = server.recordings();
      assertThat(all).anySatisfy(r -> assertThat(r.format()).isEqualTo("WAV"));
      assertThat(all).anySatisfy(r -> assertThat(r.ownerType()).isEqualTo("hotDesk"));
      Recording odd = all.stream().filter(r -> r.format().equals("WAV")).findFirst().orElseThrow();
      // Listed like any other, though the schema would reject it.
      HttpResponse<String> response =
          new TestHttp(server).get("/convergedRecordings/" + odd.id(), server.adminToken());
      assertThat(TestHttp.json(response).path("format").asText()).isEqualTo("WAV");
      assertThat(OpenApiSchemas.load().validate("RecordingObject", TestHttp.json(response)))
          .isNotEmpty();
    }
  }

  @Test
  void pagesMatchABruteForceScan() {
    DataSet data = DataSet.generate(config(4).withRecordCount(3_000));
    Instant from = NOW.minus(Duration.ofDays(200));
    Instant to = NOW.minus(Duration.ofDays(170));
    String owner = data.owners().get(3).email();
    List<String> expected =
        data.recordings().stream()
            .filter(r -> !r.createTime().isBefore(from) && r.createTime().isBefore(to))
            .filter(r -> r.ownerEmail().equals(owner) && r.status().equals("deleted"))
            .map(Recording::id)
            .toList();
    List<String> paged = new ArrayList<>();
    String cursor = null;
    while (true) {
      DataSet.Page page =
          data.page(
              from,
              to,
              r -> r.ownerEmail().equals(owner) && r.status().equals("deleted"),
              cursor,
              4);
      page.items().forEach(r -> paged.add(r.id()));
      if (!page.hasMore()) {
        break;
      }
      cursor = page.items().get(page.items().size() - 1).id();
    }
    assertThat(expected).hasSizeGreaterThan(4);
    assertThat(paged).containsExactlyElementsOf(expected);
    assertThatThrownBy(() -> data.page(from, to, r -> true, "nope", 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void boundariesAreFromInclusiveToExclusive() {
    DataSet data = DataSet.generate(config(8).withRecordCount(50));
    Recording one = data.recordings().get(10);
    Instant t = one.createTime();
    assertThat(data.page(t, t.plusSeconds(1), r -> true, null, 100).items()).contains(one);
    assertThat(data.page(t.minusSeconds(5), t, r -> true, null, 100).items()).doesNotContain(one);
  }

  @Test
  void putAddsOrReplacesAndKeepsTheOrder() {
    DataSet data = DataSet.generate(config(9).withRecordCount(100));
    Recording template = data.recordings().get(50);
    Recording added =
        new Recording(
            "added-1",
            "Added",
            NOW.minusSeconds(60),
            NOW.minusSeconds(120),
            "MP3",
            "calling",
            60,
            960_000,
            "deleted",
            template.ownerId(),
            template.ownerEmail(),
            "user",
            "US",
            null);
    data.put(added);
    assertThat(data.find("added-1")).contains(added);
    assertThat(data.recordings().get(0)).isEqualTo(added);
    Recording changed = added.withStatus("available");
    data.put(changed);
    assertThat(data.recordings()).hasSize(101).isSortedAccordingTo(DataSet.NEWEST_FIRST);
    assertThat(data.find("added-1")).contains(changed);
    assertThatThrownBy(() -> data.put(added.withStatus(null)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hundredThousandRecordsLoadAndPageQuickly() {
    SandboxConfig big = config(10).withRecordCount(100_000);
    // Generous bounds for a shared 2-core machine; the point is "seconds, not minutes".
    SandboxServer server =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SandboxServer.start(big));
    try (server) {
      assertThat(server.recordings()).hasSize(100_000);
      TestHttp http = new TestHttp(server);
      String query =
          "/admin/convergedRecordings?status=deleted&max=100&from="
              + TestHttp.enc(NOW.minus(Duration.ofDays(30)))
              + "&to="
              + TestHttp.enc(NOW)
              + "&ownerEmail="
              + TestHttp.enc(server.dataSet().owners().get(5).email());
      Map<Integer, Long> statuses =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> {
                List<Integer> codes = new ArrayList<>();
                String next = server.baseUrl() + query;
                for (int i = 0; i < 20 && next != null; i++) {
                  HttpResponse<String> page = http.getAbsolute(next, server.adminToken());
                  codes.add(page.statusCode());
                  next = TestHttp.nextLink(page).orElse(null);
                }
                return codes.stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
              });
      assertThat(statuses).containsOnlyKeys(200);
    }
  }
}
