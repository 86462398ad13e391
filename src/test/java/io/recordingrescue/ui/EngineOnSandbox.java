package io.recordingrescue.ui;

import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.RestorePlanner;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.restore.WebexRestoreGateway;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.testsupport.SandboxBins;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Sleeper;
import io.recordingrescue.webex.WebexClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A sandbox, the real engine (short backoffs) on an admin client, a journal in a temp folder and
 * the window's runner over them: real jobs and real journals to read.
 */
public final class EngineOnSandbox implements AutoCloseable {
  public final SandboxServer sandbox;
  public final Journal journal;
  public final EngineRestoreRunner runner;

  /** A small sandbox (120 recordings, seed 11). */
  public EngineOnSandbox(Path dir) {
    this(dir, SandboxConfig.builder().seed(11).recordCount(120).build());
  }

  public EngineOnSandbox(Path dir, SandboxConfig config) {
    sandbox = SandboxServer.start(config);
    WebexClient client =
        WebexClient.builder(sandbox.baseUrl(), AccessTokenSource.fixed(sandbox.adminToken()))
            .build();
    Clock clock = Clock.systemUTC();
    journal = new Journal(dir, clock);
    runner =
        new EngineRestoreRunner(
            new RestoreEngine(
                WebexRestoreGateway.of(client, clock),
                journal,
                clock,
                Sleeper.SYSTEM,
                RestoreEngine.Options.defaults()
                    .withBackoff(
                        Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(50))),
            new RestorePlanner(),
            ListScope.org(),
            sandbox::adminEmail);
  }

  public List<String> deletedIds(int skip, int n) {
    return SandboxBins.deletedIds(sandbox, skip, n);
  }

  public RestoreReport completed(List<String> ids) throws InterruptedException {
    return runner.run(new RestoreTarget.ByIds(ids), e -> {}, () -> false);
  }

  public RestoreReport cancelled(List<String> ids) throws InterruptedException {
    return runner.run(new RestoreTarget.ByIds(ids), e -> {}, () -> true);
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
