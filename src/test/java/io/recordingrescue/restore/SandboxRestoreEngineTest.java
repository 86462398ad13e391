package io.recordingrescue.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.api.RequestRecord;
import io.recordingrescue.sandbox.faults.FaultPlan;
import io.recordingrescue.sandbox.faults.ScriptedFault;
import io.recordingrescue.sandbox.oauth.CallerRole;
import io.recordingrescue.testsupport.SandboxBins;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.WebexClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine against the sandbox over real HTTP, with faults. */
class SandboxRestoreEngineTest {
  @TempDir Path dir;

  @Test
  void tenThousandIdsWithTwentyPercentFaultsAreEachRestoredAndReportedOnce() {
    try (SandboxServer server =
        SandboxServer.start(
            SandboxConfig.builder()
                .seed(5)
                .recordCount(13_000)
                .ownerCount(20)
                .deletedFraction(0.8)
                .build())) {
      List<String> ids = SandboxBins.deletedIds(server, 0, 10_000);
      assertThat(ids).hasSize(10_000);
      SandboxHarness.RenewingTokens tokens =
          new SandboxHarness.RenewingTokens(
              server, CallerRole.ADMIN, server.adminEmail(), server.adminToken());
      SandboxHarness.PauseRecorder pauses = new SandboxHarness.PauseRecorder();
      WebexClient client = SandboxHarness.client(server.baseUrl(), tokens, pauses);
      RestoreEngine engine = SandboxHarness.engine(client, dir, 4);
      server.setFaults(
          SandboxHarness.twentyPercentFaults().withLatency(1, 1).withRetryAfterSeconds(1));
      AtomicBoolean expired = new AtomicBoolean();
      ProgressListener expireOnce =
          e -> {
            if (e.batchesDone() >= 30 && expired.compareAndSet(false, true)) {
              server.tokens().expire(tokens.currentToken());
            }
          };
      // The rates make a realistic mix; one scripted fault of each kind the checks below rely on
      // makes every run have them, whatever the random draw gives.
      for (ScriptedFault fault :
          List.of(
              ScriptedFault.tooManyRequests(1),
              ScriptedFault.restoreThenDrop(),
              ScriptedFault.restoreNoop(),
              ScriptedFault.drop())) {
        server.scriptNext("POST", "/v1/convergedRecordings/restore", fault);
      }
      long start = System.nanoTime();

      RestoreReport report =
          engine.run(
              new RestorePlanner().plan(new RestoreTarget.ByIds(ids)),
              server.adminEmail(),
              ListScope.org(),
              expireOnce,
              new CancellationToken());

      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(report.state()).isEqualTo(JobState.COMPLETED);
      assertThat(report.outcomes())
          .extracting(IdOutcome::id)
          .containsExactlyInAnyOrderElementsOf(ids);
      assertThat(report.outcomes()).allMatch(o -> o.state() == FinalState.RESTORED);
      assertThat(EngineFixture.outcomeLines(engine.journal(), report.jobId()).values())
          .hasSize(10_000)
          .allMatch(n -> n == 1);
      assertThat(ids).allMatch(id -> "available".equals(server.find(id).orElseThrow().status()));
      assertThat(server.restoreLog()).allMatch(c -> c.recordingIds().size() <= 100);
      assertThat(tokens.refreshes.get()).isEqualTo(1);
      Map<String, Long> faults = server.injectedFaults();
      assertNoRequestDuringARetryAfterPause(pauses);
      assertThat(faults.keySet())
          .contains("TOO_MANY_REQUESTS", "RESTORE_THEN_DROP", "RESTORE_NOOP", "DROP_CONNECTION");
      System.out.printf(
          "10k sandbox job: %d ids in %d ms; requests to the sandbox %d (restore calls %d);"
              + " faults injected %s; Retry-After pauses %d; token refreshes %d; engine %s%n",
          ids.size(),
          took.toMillis(),
          server.requestLog().size(),
          server.restoreLog().size(),
          faults,
          pauses.pauses.size(),
          tokens.refreshes.get(),
          engine.stats());
    }
  }

  /**
   * Nothing started after a 429 with Retry-After reaches the socket before its pause is over. The
   * only sends that may land inside a pause are calls that had entered the client before the 429
   * came back (already past the gate, on their way, e.g. opening a connection).
   */
  static void assertNoRequestDuringARetryAfterPause(SandboxHarness.PauseRecorder recorder) {
    assertThat(recorder.pauses).isNotEmpty();
    for (SandboxHarness.PauseRecorder.Pause pause : recorder.pauses) {
      Instant until = pause.receivedAt().plus(pause.retryAfter());
      int alreadyOnTheirWay = 0;
      for (SandboxHarness.PauseRecorder.Send send : recorder.sends) {
        boolean inside = send.at().isAfter(pause.receivedAt()) && send.at().isBefore(until);
        if (inside) {
          alreadyOnTheirWay++;
        }
        assertThat(inside && !send.enteredAt().isBefore(pause.receivedAt()))
            .as(
                "%s entered the client at %s and was sent at %s, inside the Retry-After pause"
                    + " %s..%s",
                send.what(), send.enteredAt(), send.at(), pause.receivedAt(), until)
            .isFalse();
      }
      // At most one call per worker can have been on its way (4 restore workers, 3 scan threads).
      assertThat(alreadyOnTheirWay)
          .as("sends inside the pause from %s", pause.receivedAt())
          .isLessThanOrEqualTo(4);
    }
  }

  @Test
  void scriptedRetryAfterPausesEveryWorker() {
    try (SandboxServer server =
        SandboxServer.start(SandboxConfig.builder().seed(9).recordCount(2000).build())) {
      List<String> ids = SandboxBins.deletedIds(server, 0, 1000);
      SandboxHarness.PauseRecorder pauses = new SandboxHarness.PauseRecorder();
      WebexClient client =
          SandboxHarness.client(
              server.baseUrl(), AccessTokenSource.fixed(server.adminToken()), pauses);
      RestoreEngine engine = SandboxHarness.engine(client, dir, 4);
      server.setFaults(FaultPlan.none().withLatency(2, 0));
      server.scriptNext("POST", "/convergedRecordings/restore", ScriptedFault.tooManyRequests(1));
      server.scriptNext("POST", "/convergedRecordings/restore", ScriptedFault.tooManyRequests(1));

      RestoreReport report =
          engine.run(
              new RestorePlanner().plan(new RestoreTarget.ByIds(ids)), "admin", ListScope.org());

      assertThat(report.state()).isEqualTo(JobState.COMPLETED);
      assertThat(report.count(FinalState.RESTORED)).isEqualTo(1000);
      List<RequestRecord> log = server.requestLog();
      assertThat(log.stream().filter(r -> r.status() == 429)).hasSizeGreaterThanOrEqualTo(2);
      assertThat(pauses.pauses).hasSizeGreaterThanOrEqualTo(2);
      assertNoRequestDuringARetryAfterPause(pauses);
      assertThat(engine.stats().minConcurrency()).isLessThan(4);
    }
  }

  @Test
  void plantedForeignIdsArePinnedAndTheRestRestored() {
    try (SandboxServer server =
        SandboxServer.start(SandboxConfig.builder().seed(3).recordCount(1500).build())) {
      List<String> mine =
          SandboxBins.deletedOf(server, server.userEmail()).stream()
              .map(Recording::id)
              .limit(250)
              .toList();
      List<String> foreign =
          SandboxBins.deletedNotOf(server, server.userEmail()).stream()
              .map(Recording::id)
              .limit(3)
              .toList();
      List<String> ids = new ArrayList<>(mine);
      ids.add(70, foreign.get(0));
      ids.add(150, foreign.get(1));
      ids.add(foreign.get(2));
      ids.add("00000000-dead-beef-0000-000000000000");
      WebexClient client =
          SandboxHarness.client(server.baseUrl(), AccessTokenSource.fixed(server.userToken()));
      RestoreEngine engine = SandboxHarness.engine(client, dir, 3);

      RestoreReport report =
          engine.run(
              new RestorePlanner().plan(new RestoreTarget.ByIds(ids)),
              server.userEmail(),
              ListScope.mine());

      assertThat(report.state()).isEqualTo(JobState.COMPLETED);
      assertThat(report.outcomes())
          .extracting(IdOutcome::id)
          .containsExactlyInAnyOrderElementsOf(ids);
      for (String id : foreign) {
        IdOutcome o = report.byId().get(id);
        assertThat(o.state()).isEqualTo(FinalState.FAILED);
        assertThat(o.httpStatus()).isEqualTo(403);
        assertThat(server.find(id).orElseThrow().status()).isEqualTo("deleted");
      }
      assertThat(report.byId().get("00000000-dead-beef-0000-000000000000").state())
          .isEqualTo(FinalState.NOT_FOUND);
      assertThat(report.count(FinalState.RESTORED)).isEqualTo(250);
      assertThat(server.restoreLog()).allMatch(c -> c.recordingIds().size() <= 100);
    }
  }

  @Test
  void restoreAllForAnOwnerCountsWhatLeftTheBin() {
    try (SandboxServer server =
        SandboxServer.start(SandboxConfig.builder().seed(4).recordCount(1200).build())) {
      String owner = server.dataSet().owners().get(3).email();
      long before = server.countDeleted(owner);
      WebexClient client =
          SandboxHarness.client(server.baseUrl(), AccessTokenSource.fixed(server.adminToken()));
      RestoreEngine engine = SandboxHarness.engine(client, dir, 2);
      server.scriptNext("POST", "/convergedRecordings/restore", ScriptedFault.restoreNoop());

      RestoreReport report =
          engine.run(
              new RestorePlanner().plan(new RestoreTarget.AllForOwner(EmailAddress.parse(owner))),
              server.adminEmail(),
              null);

      assertThat(report.state()).isEqualTo(JobState.COMPLETED);
      assertThat(before).isPositive();
      assertThat(report.leftBinByRelist()).isEqualTo((int) before);
      assertThat(server.countDeleted(owner)).isZero();
      assertThat(server.restoreLog()).hasSize(2).allMatch(c -> c.restoreAll());
    }
  }
}
