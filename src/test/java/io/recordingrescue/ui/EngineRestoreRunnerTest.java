package io.recordingrescue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.RestorePlanner;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.restore.WebexRestoreGateway;
import io.recordingrescue.sandbox.RestoreCall;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.InvalidRequestException;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Sleeper;
import io.recordingrescue.webex.WebexClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's runner on the real engine against the sandbox, journalling into a temp folder. */
class EngineRestoreRunnerTest {
  @TempDir Path journalDir;
  private SandboxServer sandbox;
  private Journal journal;
  private EngineRestoreRunner runner;

  @BeforeEach
  void setUp() {
    sandbox = SandboxServer.start(SandboxConfig.builder().seed(3).recordCount(400).build());
    WebexClient client =
        WebexClient.builder(sandbox.baseUrl(), AccessTokenSource.fixed(sandbox.adminToken()))
            .build();
    Clock clock = Clock.systemUTC();
    journal = new Journal(journalDir, clock);
    RestoreEngine engine =
        new RestoreEngine(
            WebexRestoreGateway.of(client, clock),
            journal,
            clock,
            Sleeper.SYSTEM,
            RestoreEngine.Options.defaults()
                .withBackoff(Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(50)));
    runner =
        new EngineRestoreRunner(engine, new RestorePlanner(), ListScope.org(), sandbox::adminEmail);
  }

  @AfterEach
  void tearDown() {
    sandbox.close();
  }

  private List<String> deletedIds(int n) {
    return sandbox.recordings().stream()
        .filter(r -> "deleted".equals(r.status()))
        .map(r -> r.id())
        .limit(n)
        .toList();
  }

  @Test
  void idsGoInBatchesOfAtMostHundredAreVerifiedAndJournalledWithTheOperator() throws Exception {
    List<String> ids = deletedIds(250);
    List<ProgressEvent> events = new CopyOnWriteArrayList<>();
    RestoreReport report = runner.run(new RestoreTarget.ByIds(ids), events::add, () -> false);

    assertThat(report.state()).isEqualTo(JobState.COMPLETED);
    assertThat(report.operator()).isEqualTo(sandbox.adminEmail());
    assertThat(report.count(FinalState.RESTORED)).isEqualTo(250);
    assertThat(sandbox.restoreLog())
        .allSatisfy(c -> assertThat(c.recordingIds()).hasSizeLessThanOrEqualTo(100))
        .flatExtracting(RestoreCall::recordingIds)
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(events).isNotEmpty().allMatch(e -> e.jobId().equals(report.jobId()));
    assertThat(events.get(events.size() - 1).idsDone()).isEqualTo(250);
    assertThat(Files.readString(journal.fileOf(report.jobId()))).contains(sandbox.adminEmail());
  }

  @Test
  void theWindowsCancelFlagStopsTheJobAndResumeFinishesIt() throws Exception {
    List<String> ids = deletedIds(120);
    RestoreReport cancelled = runner.run(new RestoreTarget.ByIds(ids), e -> {}, () -> true);
    assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
    assertThat(sandbox.restoreLog()).isEmpty();
    assertThat(cancelled.unsettledIds()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(journal.unfinished()).extracting(r -> r.jobId()).contains(cancelled.jobId());

    RestoreReport resumed = runner.resume(cancelled.jobId(), e -> {}, () -> false);

    assertThat(resumed.state()).isEqualTo(JobState.COMPLETED);
    assertThat(resumed.jobId()).isEqualTo(cancelled.jobId());
    assertThat(resumed.count(FinalState.RESTORED)).isEqualTo(120);
    assertThat(sandbox.restoreLog())
        .flatExtracting(RestoreCall::recordingIds)
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(journal.unfinished()).isEmpty();
  }

  @Test
  void restoreAllForAnOwnerIsOneCallAndCountsWhatLeftTheBin() throws Exception {
    String owner =
        sandbox.recordings().stream()
            .filter(r -> "deleted".equals(r.status()))
            .findFirst()
            .orElseThrow()
            .ownerEmail();
    long inBin = sandbox.countDeleted(owner);
    RestoreReport report =
        runner.run(new RestoreTarget.AllForOwner(EmailAddress.parse(owner)), e -> {}, () -> false);
    assertThat(sandbox.restoreLog())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.restoreAll()).isTrue();
              assertThat(c.ownerEmail()).isEqualTo(owner);
            });
    assertThat(report.state()).isEqualTo(JobState.COMPLETED);
    assertThat(report.leftBinByRelist()).isEqualTo((int) inBin);
    assertThat(sandbox.countDeleted(owner)).isZero();
  }

  @Test
  void anEmptyListIsRefusedWithAPlainMessageBeforeAnythingIsJournalled() {
    assertThatThrownBy(
            () -> runner.run(new RestoreTarget.ByIds(List.of(" ", "")), e -> {}, () -> false))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("list is empty");
    assertThat(journal.jobIds()).isEmpty();
  }
}
