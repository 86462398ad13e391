package io.recordingrescue.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.faults.FaultPlan;
import io.recordingrescue.testsupport.SandboxBins;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.WebexClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills a JVM running a job (kill -9, no shutdown hooks) at several moments, then resumes the job
 * from its journal in this JVM: every id must end in exactly one final state, none lost, none
 * journalled twice, and the sandbox must agree.
 */
class CrashResumeTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"first-look", "after-2-batches", "after-6-batches", "final-check"})
  void aJobKilledMidWayIsFinishedByResume(String moment) throws Exception {
    try (SandboxServer server =
        SandboxServer.start(SandboxConfig.builder().seed(21).recordCount(1500).build())) {
      server.setFaults(FaultPlan.none().withLatency(5, 2));
      List<String> ids = SandboxBins.deletedIds(server, 0, 1000);
      Path idsFile = dir.resolve("ids.txt");
      Files.write(idsFile, ids);
      Path journalDir = dir.resolve("journal");
      Predicate<String[]> killNow =
          switch (moment) {
            case "first-look" -> p -> p[3].equals("VERIFYING") && p[1].equals("0");
            case "after-2-batches" -> p -> Integer.parseInt(p[1]) >= 2;
            case "after-6-batches" -> p -> Integer.parseInt(p[1]) >= 6;
            default -> p -> Integer.parseInt(p[1]) >= 10 && p[3].equals("VERIFYING");
          };

      KilledChild.runAndKill(
          dir,
          CrashChild.class,
          killNow,
          server.baseUrl().toString(),
          server.adminToken(),
          journalDir.toString(),
          idsFile.toString());

      WebexClient client =
          SandboxHarness.client(server.baseUrl(), AccessTokenSource.fixed(server.adminToken()));
      RestoreEngine engine = SandboxHarness.engine(client, journalDir, 2);
      List<JournalReplay> unfinished = engine.journal().unfinished();
      assertThat(unfinished).singleElement().satisfies(r -> assertThat(r.ended()).isFalse());
      String jobId = unfinished.get(0).jobId();
      int settledBefore = unfinished.get(0).outcomes().size();

      RestoreReport report = engine.resume(jobId, null, null);

      assertThat(report.state()).isEqualTo(JobState.COMPLETED);
      assertThat(report.outcomes())
          .extracting(IdOutcome::id)
          .containsExactlyInAnyOrderElementsOf(ids);
      assertThat(report.outcomes()).allMatch(o -> o.state() == FinalState.RESTORED);
      assertThat(EngineFixture.outcomeLines(engine.journal(), jobId).values())
          .hasSize(ids.size())
          .allMatch(n -> n == 1);
      assertThat(ids).allMatch(id -> "available".equals(server.find(id).orElseThrow().status()));
      assertThat(engine.journal().unfinished()).isEmpty();
      System.out.printf(
          "crash at %s: %d ids settled before the kill, %d restore calls in all%n",
          moment, settledBefore, server.restoreLog().size());
    }
  }
}
