package io.recordingrescue.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.webex.ListScope;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs by ids with hints, right and wrong, against the in-memory Webex. */
class HintsEngineTest {
  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
  private static final String OWNER = "me@example.com";

  @TempDir Path dir;

  @Test
  void aMixOfRightStaleAndMissingHintsAndPurgedIdsEndsTrueAndSettledOnce() {
    EngineFixture f = new EngineFixture(dir);
    List<String> ids = new ArrayList<>(f.webex.addDeleted("d", 10, OWNER));
    f.webex.add("avail", "available", OWNER);
    f.webex.add("purged", "deleted", OWNER);
    f.webex.remove(List.of("purged")); // purged after the list it came from was written
    ids.add("avail");
    ids.add("purged");
    ids.add("ghost");
    Map<String, IdHint> hints = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      hints.put("d" + i, new IdHint(CREATED, OWNER));
    }
    hints.put("d5", new IdHint(CREATED.minusSeconds(86_400 * 200), "old@example.com"));
    hints.put("avail", new IdHint(CREATED, OWNER));
    hints.put("purged", new IdHint(CREATED, OWNER));
    List<ProgressEvent> events = new CopyOnWriteArrayList<>();

    RestoreReport report =
        f.engine.run(
            f.planner.plan(new RestoreTarget.ByIds(ids, hints)),
            "op@example.com",
            ListScope.org(),
            events::add,
            new CancellationToken());

    f.assertEachIdSettledOnce(report, ids);
    for (int i = 0; i < 10; i++) {
      assertThat(report.byId().get("d" + i).state()).as("d" + i).isEqualTo(FinalState.RESTORED);
    }
    assertThat(report.byId().get("avail").state()).isEqualTo(FinalState.ALREADY_AVAILABLE);
    assertThat(report.byId().get("purged").state()).isEqualTo(FinalState.NOT_FOUND);
    assertThat(report.byId().get("purged").httpStatus()).isEqualTo(404);
    assertThat(report.byId().get("ghost").state()).isEqualTo(FinalState.NOT_FOUND);
    // d6..d9 and ghost had nothing known: details were asked for createTimes (5 calls), a
    // narrowed listing confirmed d6..d9. d5 (stale), avail and purged (not where their hints
    // say) and ghost (unknown to the details endpoint) were looked for in the whole bin.
    assertThat(f.webex.detailsCalls()).isEqualTo(5);
    assertThat(events).anyMatch(e -> e.searchingWholeBin() == 4);
  }

  @Test
  void hintedIdsAreNeverSettledFromANarrowedListingAlone() {
    EngineFixture f = new EngineFixture(dir);
    f.webex.add("moved", "deleted", "new-owner@example.com");
    // The owner in the spreadsheet is wrong: the narrowed listing cannot show it.
    Map<String, IdHint> hints = Map.of("moved", new IdHint(CREATED, OWNER));

    RestoreReport report =
        f.engine.run(
            f.planner.plan(new RestoreTarget.ByIds(List.of("moved"), hints)),
            "op@example.com",
            ListScope.org());

    assertThat(report.byId().get("moved").state()).isEqualTo(FinalState.RESTORED);
    assertThat(f.webex.status("moved")).isEqualTo("available");
  }

  @Test
  void theJournalKeepsTheHintsForAResume() {
    EngineFixture f = new EngineFixture(dir);
    List<String> ids = f.webex.addDeleted("d", 3, OWNER);
    Map<String, IdHint> hints = Map.of("d0", new IdHint(CREATED, OWNER));
    f.webex.networkDead(true);

    RestoreReport paused =
        f.engine.run(
            f.planner.plan(new RestoreTarget.ByIds(ids, hints)), "op@example.com", ListScope.org());

    assertThat(paused.state()).isNotEqualTo(JobState.COMPLETED);
    JournalReplay replay = f.journal.replay(paused.jobId());
    assertThat(replay.hints()).containsEntry("d0", new IdHint(CREATED, OWNER));
    assertThat(((RestoreTarget.ByIds) replay.target()).hints()).isEqualTo(hints);

    f.webex.networkDead(false);
    RestoreReport resumed = f.engine.resume(paused.jobId(), null, null);

    f.assertEachIdSettledOnce(resumed, ids);
    assertThat(resumed.count(FinalState.RESTORED)).isEqualTo(3);
  }

  @Test
  void narrowedListingsGroupByOwnerAndMergeNearbyTimes() {
    Map<String, IdHint> hinted = new LinkedHashMap<>();
    hinted.put("a", new IdHint(CREATED, "ann@x.com"));
    hinted.put("b", new IdHint(CREATED.plusSeconds(86_400 * 10), "ann@x.com"));
    hinted.put("c", new IdHint(CREATED.plusSeconds(86_400 * 45), "ann@x.com"));
    hinted.put("d", new IdHint(CREATED, "bob@x.com"));

    List<Verifier.NarrowListing> listings = Verifier.narrowListings(hinted, ListScope.org());

    assertThat(listings).hasSize(3);
    assertThat(listings.get(0).ids()).containsExactly("a", "b");
    assertThat(listings.get(0).from()).isEqualTo(CREATED);
    assertThat(listings.get(0).to()).isEqualTo(CREATED.plusSeconds(86_400 * 10 + 1));
    assertThat(listings)
        .allMatch(l -> l.scope() instanceof ListScope.Owner)
        .allMatch(
            l -> !l.to().isAfter(l.from().plus(io.recordingrescue.webex.ScanWindow.MAX_LENGTH)));
    // Too many owners for per-owner listings: the org's, merging only ids an hour apart.
    Map<String, IdHint> many = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      many.put("o" + i, new IdHint(CREATED.plusSeconds(i * 60L), "u" + i + "@x.com"));
    }
    many.put("late", new IdHint(CREATED.plusSeconds(7_200 + 11 * 60), "u0@x.com"));
    List<Verifier.NarrowListing> org = Verifier.narrowListings(many, ListScope.org());
    assertThat(org).hasSize(2).allMatch(l -> l.scope() instanceof ListScope.Org);
  }
}
