package io.recordingrescue.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.api.DetailsReading;
import io.recordingrescue.testsupport.SandboxBins;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.WebexClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against the sandbox under each reading of the details endpoint Webex's reference
 * allows, for a few ids and for more than 50, as admin and as user: every id ends in its true
 * state, whatever the details endpoint would say (the engine asks it at most for a createTime to
 * narrow a listing, never for a verdict).
 */
class DetailsReadingsEngineTest {
  private static final String GHOST = "00000000-dead-beef-0000-000000000000";

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (DetailsReading reading : DetailsReading.values()) {
      for (int inBin : new int[] {20, 120}) {
        for (boolean admin : new boolean[] {true, false}) {
          out.add(Arguments.of(reading, inBin, admin));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}, {1} ids in the bin, admin {2}")
  @MethodSource("cases")
  void everyIdEndsInItsTrueState(DetailsReading reading, int inBin, boolean admin) {
    try (SandboxServer server =
        SandboxServer.start(
            SandboxConfig.builder()
                .seed(21)
                .recordCount(2_000)
                .ownerCount(8)
                .deletedFraction(0.6)
                .detailsReading(reading)
                .build())) {
      String me = server.userEmail();
      List<Recording> deleted =
          SandboxBins.deleted(server).stream()
              .filter(r -> admin || r.ownerEmail().equals(me))
              .limit(inBin)
              .toList();
      List<Recording> available =
          server.recordings().stream()
              .filter(r -> "available".equals(r.status()))
              .filter(r -> admin || r.ownerEmail().equals(me))
              .limit(2)
              .toList();
      Recording foreign =
          SandboxBins.deletedNotOf(server, me).stream().reduce((a, b) -> b).orElseThrow();
      assertThat(deleted).hasSize(inBin);
      List<String> ids = new ArrayList<>();
      Map<String, IdHint> hints = new HashMap<>();
      for (int i = 0; i < deleted.size(); i++) {
        Recording r = deleted.get(i);
        ids.add(r.id());
        if (i % 3 == 0) {
          hints.put(r.id(), new IdHint(r.createTime(), r.ownerEmail()));
        } else if (i % 3 == 1 && i < 10) {
          // A stale hint: the createTime edited in a spreadsheet, the owner changed.
          hints.put(
              r.id(), new IdHint(r.createTime().minus(Duration.ofDays(40)), "someone@else.test"));
        }
      }
      available.forEach(r -> ids.add(r.id()));
      hints.put(
          available.get(0).id(),
          new IdHint(available.get(0).createTime(), available.get(0).ownerEmail()));
      ids.add(GHOST);
      if (!admin) {
        ids.add(foreign.id());
      }
      WebexClient client =
          SandboxHarness.client(
              server.baseUrl(),
              AccessTokenSource.fixed(admin ? server.adminToken() : server.userToken()));
      RestoreEngine engine = SandboxHarness.engine(client, dir, 3);

      RestoreReport report =
          engine.run(
              new RestorePlanner().plan(new RestoreTarget.ByIds(ids, hints)),
              admin ? server.adminEmail() : me,
              admin ? ListScope.org() : ListScope.mine());

      assertThat(report.state()).isEqualTo(JobState.COMPLETED);
      assertThat(report.outcomes()).extracting(IdOutcome::id).containsExactlyElementsOf(ids);
      for (Recording r : deleted) {
        assertThat(report.byId().get(r.id()).state()).as(r.id()).isEqualTo(FinalState.RESTORED);
        assertThat(server.find(r.id()).orElseThrow().status()).isEqualTo("available");
      }
      for (Recording r : available) {
        assertThat(report.byId().get(r.id()).state())
            .as(r.id())
            .isEqualTo(FinalState.ALREADY_AVAILABLE);
      }
      assertThat(report.byId().get(GHOST).state()).isEqualTo(FinalState.NOT_FOUND);
      if (!admin) {
        assertThat(report.byId().get(foreign.id()).state()).isEqualTo(FinalState.FAILED);
        assertThat(report.byId().get(foreign.id()).httpStatus()).isEqualTo(403);
        assertThat(server.find(foreign.id()).orElseThrow().status()).isEqualTo("deleted");
      }
      // No id went out in two restore calls that Webex accepted.
      Map<String, Integer> accepted = new HashMap<>();
      server.restoreLog().stream()
          .filter(c -> c.status() == 204)
          .forEach(c -> c.recordingIds().forEach(id -> accepted.merge(id, 1, Integer::sum)));
      assertThat(accepted.values()).allMatch(n -> n == 1);
    }
  }
}
