package io.recordingrescue.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.incident.IncidentJournal;
import io.recordingrescue.restore.incident.IncidentProgress;
import io.recordingrescue.restore.incident.IncidentRecord;
import io.recordingrescue.restore.incident.IncidentReport;
import io.recordingrescue.restore.incident.IncidentRunner;
import io.recordingrescue.restore.incident.OwnerResult;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.api.RestoreCall;
import io.recordingrescue.sandbox.data.Owner;
import io.recordingrescue.sandbox.faults.FaultKind;
import io.recordingrescue.sandbox.faults.FaultPlan;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.WebexClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incident whose JVM is killed mid-way (no cancel, no last word) is finished by resume. */
class IncidentCrashResumeTest {
  @TempDir Path dir;

  @Test
  void anIncidentKilledMidWayIsFinishedByResumeWithNoOwnerSentAfterItsBinWasSeenEmpty()
      throws Exception {
    try (SandboxServer server =
        SandboxServer.start(
            SandboxConfig.builder()
                .seed(8)
                .recordCount(500)
                .ownerCount(21)
                .deletedFraction(0.4)
                .build())) {
      List<String> owners =
          server.dataSet().owners().stream().map(Owner::email).toList().subList(1, 21);
      assertThat(owners).allMatch(o -> server.countDeleted(o) > 0);
      server.setFaults(
          FaultPlan.none()
              .withSeed(99)
              .withLatency(2, 2)
              .withRetryAfterSeconds(0)
              .withRate(FaultKind.INTERNAL_ERROR, 0.05)
              .withRate(FaultKind.DROP_CONNECTION, 0.05)
              .withRate(FaultKind.TOO_MANY_REQUESTS, 0.05)
              .withRate(FaultKind.RESTORE_THEN_DROP, 0.05));
      Path ownersFile = dir.resolve("owners.txt");
      Files.write(ownersFile, owners);
      Path journalDir = dir.resolve("journal");

      KilledChild.runAndKill(
          dir,
          IncidentCrashChild.class,
          p -> Integer.parseInt(p[1]) >= 6,
          server.baseUrl().toString(),
          server.adminToken(),
          journalDir.toString(),
          ownersFile.toString());
      int callsBeforeResume = server.restoreLog().size();

      Clock clock = Clock.systemUTC();
      IncidentJournal incidents = new IncidentJournal(journalDir, clock);
      List<IncidentRecord> unfinished = incidents.unfinished();
      assertThat(unfinished).singleElement();
      IncidentRecord atKill = unfinished.get(0);
      assertThat(atKill.state()).isEqualTo(JobState.INTERRUPTED);
      assertThat(atKill.done().size()).isBetween(6, 19);
      // Owners whose bin the journals show as seen empty (every id of the job settled) or that
      // the incident journalled done: none of them may get a restoreAll after the kill.
      WebexClient client =
          SandboxHarness.client(server.baseUrl(), AccessTokenSource.fixed(server.adminToken()));
      RestoreEngine engine = SandboxHarness.engine(client, journalDir, 1);
      Set<String> mustNotBeSent = new HashSet<>(atKill.done().keySet());
      for (Map.Entry<String, String> started : atKill.started().entrySet()) {
        JournalReplay job = engine.journal().replay(started.getValue());
        if (job.binBefore() != null && job.toReport().unsettledIds().isEmpty()) {
          mustNotBeSent.add(started.getKey());
        }
      }
      assertThat(mustNotBeSent).hasSizeGreaterThanOrEqualTo(atKill.done().size());

      IncidentRunner runner = new IncidentRunner(engine, incidents, clock, 3);
      IncidentReport report =
          runner.resume(
              atKill.incidentId(), IncidentProgress.Listener.NONE, new CancellationToken());
      for (int i = 0; i < 5 && !report.completed(); i++) {
        report =
            runner.resume(
                atKill.incidentId(), IncidentProgress.Listener.NONE, new CancellationToken());
      }

      assertThat(report.completed()).as(report.toString()).isTrue();
      assertThat(report.owners())
          .hasSize(20)
          .allMatch(o -> o.state() == OwnerResult.State.RESTORED);
      server.setFaults(FaultPlan.none());
      assertThat(owners).allSatisfy(o -> assertThat(server.countDeleted(o)).as(o).isZero());
      List<RestoreCall> afterKill =
          server.restoreLog().subList(callsBeforeResume, server.restoreLog().size());
      assertThat(afterKill)
          .extracting(RestoreCall::ownerEmail)
          .doesNotContainAnyElementsOf(mustNotBeSent);
      assertThat(incidents.unfinished()).isEmpty();
      // One job per owner: a job started before the kill was resumed, not doubled.
      assertThat(report.owners())
          .allSatisfy(
              o -> {
                String before = atKill.started().get(o.owner());
                if (before != null) {
                  assertThat(o.jobId()).isEqualTo(before);
                }
              });
      System.out.printf(
          "incident killed after %d of 20 owners done (%d started); %d restore calls before the"
              + " kill, %d after%n",
          atKill.done().size(), atKill.started().size(), callsBeforeResume, afterKill.size());
    }
  }
}
