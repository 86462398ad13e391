package io.recordingrescue.ui.history;

import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.RestorePlanner;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.restore.WebexRestoreGateway;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.ui.EngineRestoreRunner;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Sleeper;
import io.recordingrescue.webex.WebexClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** A small sandbox, the real engine and a journal in a temp folder: real journals to read. */
final class EngineOnSandbox implements AutoCloseable {
  final SandboxServer sandbox =
      SandboxServer.start(SandboxConfig.builder().seed(11).recordCount(120).build());
  final Journal journal;
  final EngineRestoreRunner runner;

  EngineOnSandbox(Path dir) {
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

  List<String> deletedIds(int skip, int n) {
    return sandbox.recordings().stream()
        .filter(r -> "deleted".equals(r.status()))
        .map(r -> r.id())
        .skip(skip)
        .limit(n)
        .toList();
  }

  RestoreReport completed(List<String> ids) throws InterruptedException {
    return runner.run(new RestoreTarget.ByIds(ids), e -> {}, () -> false);
  }

  RestoreReport cancelled(List<String> ids) throws InterruptedException {
    return runner.run(new RestoreTarget.ByIds(ids), e -> {}, () -> true);
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
