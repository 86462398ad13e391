package io.recordingrescue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.sandbox.RestoreCall;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.ScriptedFault;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.ScanListener;
import io.recordingrescue.webex.WebexClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchRestoreRunnerTest {
  private SandboxServer sandbox;
  private BinSource bin;
  private BatchRestoreRunner runner;

  @BeforeEach
  void setUp() {
    sandbox = SandboxServer.start(SandboxConfig.builder().seed(3).recordCount(400).build());
    WebexClient client =
        WebexClient.builder(sandbox.baseUrl(), AccessTokenSource.fixed(sandbox.adminToken()))
            .build();
    BinScanner scanner = new BinScanner(client, Clock.systemUTC(), 2);
    bin = (scope, l) -> scanner.scan(scope, BinScanner.DEFAULT_HORIZON, l);
    runner = new BatchRestoreRunner(client, bin, Clock.systemUTC(), "admin");
  }

  @AfterEach
  void tearDown() {
    sandbox.close();
  }

  private List<String> deletedIds() throws InterruptedException {
    return bin.scan(ListScope.org(), ScanListener.NONE).recordings().stream()
        .map(r -> r.id())
        .toList();
  }

  @Test
  void idsGoInBatchesOfAtMostHundredWithProgress() throws InterruptedException {
    List<String> ids = deletedIds().subList(0, 250);
    List<ProgressEvent> events = new ArrayList<>();
    RestoreReport report = runner.run(new RestoreTarget.ByIds(ids), events::add, () -> false);
    assertThat(sandbox.restoreLog())
        .extracting(c -> c.recordingIds().size())
        .containsExactly(100, 100, 50);
    assertThat(report.count(FinalState.RESTORED)).isEqualTo(250);
    assertThat(events).extracting(ProgressEvent::idsDone).containsExactly(100, 200, 250);
    assertThat(events.get(2).batchesTotal()).isEqualTo(3);
  }

  @Test
  void aRefusedBatchKeepsStatusAndTrackingIdPerId() throws InterruptedException {
    List<String> ids = deletedIds().subList(0, 3);
    sandbox.scriptNext("POST", "/convergedRecordings/restore", ScriptedFault.serverError(500));
    RestoreReport report = runner.run(new RestoreTarget.ByIds(ids), e -> {}, () -> false);
    assertThat(report.outcomes())
        .hasSize(3)
        .allSatisfy(
            o -> {
              assertThat(o.state()).isEqualTo(FinalState.FAILED);
              assertThat(o.httpStatus()).isEqualTo(500);
              assertThat(o.trackingId()).isNotBlank();
            });
  }

  @Test
  void cancelledBeforeStartSendsNothingAndSaysNotSent() throws InterruptedException {
    List<String> ids = deletedIds().subList(0, 120);
    RestoreReport report = runner.run(new RestoreTarget.ByIds(ids), e -> {}, () -> true);
    assertThat(sandbox.restoreLog()).isEmpty();
    assertThat(report.cancelled()).isTrue();
    assertThat(report.outcomes())
        .hasSize(120)
        .allMatch(o -> BatchRestoreRunner.NOT_SENT.equals(o.message()));
  }

  @Test
  void restoreAllForAnOwnerIsOneCallThenARelistCount() throws InterruptedException {
    String owner =
        sandbox.recordings().stream()
            .filter(r -> "deleted".equals(r.status()))
            .findFirst()
            .orElseThrow()
            .ownerEmail();
    long inBin = sandbox.countDeleted(owner);
    RestoreReport report =
        runner.run(new RestoreTarget.AllForOwner(EmailAddress.parse(owner)), e -> {}, () -> false);
    List<RestoreCall> log = sandbox.restoreLog();
    assertThat(log)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.restoreAll()).isTrue();
              assertThat(c.ownerEmail()).isEqualTo(owner);
            });
    assertThat(report.leftBinByRelist()).isEqualTo((int) inBin);
    assertThat(sandbox.countDeleted(owner)).isZero();
  }
}
