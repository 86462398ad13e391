package io.recordingrescue.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.testsupport.FakeTime;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.RateGate;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A fake Webex, fake time and a journal folder, wired into an engine. */
final class EngineFixture {
  final FakeTime time = new FakeTime(Instant.parse("2026-06-01T08:00:00Z"));
  final RateGate gate = new RateGate(time, time);
  final FakeGateway webex = new FakeGateway(time, gate);
  final Journal journal;
  final RestoreEngine engine;
  final RestorePlanner planner = new RestorePlanner();

  EngineFixture(Path dir) {
    this(dir, RestoreEngine.Options.defaults());
  }

  EngineFixture(Path dir, RestoreEngine.Options options) {
    journal = new Journal(dir, time);
    engine = new RestoreEngine(webex, journal, time, time, options);
  }

  RestorePlan plan(List<String> ids) {
    return planner.plan(new RestoreTarget.ByIds(ids));
  }

  /** A job over {@code ids} in the operator's own bin, after which each id is settled once. */
  RestoreReport runEachSettledOnce(List<String> ids) {
    RestoreReport report = engine.run(plan(ids), "op", ListScope.mine());
    assertEachIdSettledOnce(report, ids);
    return report;
  }

  /** Every id has exactly one outcome in the report and exactly one in the journal. */
  void assertEachIdSettledOnce(RestoreReport report, Collection<String> ids) {
    assertThat(report.state()).isEqualTo(JobState.COMPLETED);
    assertThat(report.unsettledIds()).isEmpty();
    assertThat(report.outcomes())
        .extracting(IdOutcome::id)
        .containsExactlyInAnyOrderElementsOf(ids);
    Map<String, Integer> journalled = outcomeLines(journal, report.jobId());
    assertThat(journalled.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(journalled.values()).allMatch(n -> n == 1);
  }

  /** How many outcome lines the job's journal holds per id (the journal's own reader). */
  static Map<String, Integer> outcomeLines(Journal journal, String jobId) {
    Map<String, Integer> counts = new HashMap<>();
    for (JournalFolder.Line line : journal.lines(jobId).lines()) {
      if ("outcomes".equals(line.type())) {
        line.node().get("items").forEach(i -> counts.merge(i.get("id").asText(), 1, Integer::sum));
      }
    }
    return counts;
  }
}
