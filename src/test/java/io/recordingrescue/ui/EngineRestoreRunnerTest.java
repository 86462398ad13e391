package io.recordingrescue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.api.RestoreCall;
import io.recordingrescue.testsupport.SandboxBins;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.InvalidRequestException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  private EngineOnSandbox env;

  @BeforeEach
  void setUp() {
    env = new EngineOnSandbox(journalDir, SandboxConfig.builder().seed(3).recordCount(400).build());
    sandbox = env.sandbox;
    journal = env.journal;
    runner = env.runner;
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  private List<String> deletedIds(int n) {
    return env.deletedIds(0, n);
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
    String owner = SandboxBins.deleted(sandbox).stream().findFirst().orElseThrow().ownerEmail();
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
