package io.recordingrescue.bench;

import io.recordingrescue.sandbox.FaultPlan;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.ScanListener;
import io.recordingrescue.webex.ScanResult;
import io.recordingrescue.webex.ScanWindow;
import io.recordingrescue.webex.WebexClient;
import java.time.Clock;
import java.time.Duration;

/**
 * The whole bin over 365 days at 50 ms per request: the app's scanner against a sequential scan
 * that follows next links window after window (30-day windows, one at a time).
 */
final class ListFullBinBench implements BenchMain.Benchmark {
  private static final int RECORDINGS = 50_000;
  private static final Duration HORIZON =
      Duration.ofDays(366); // a day more than the seeded year, so no edge recording is missed

  @Override
  public void run(BenchReport report) throws Exception {
    SandboxConfig config =
        SandboxConfig.builder()
            .recordCount(RECORDINGS)
            .deletedFraction(1.0)
            .faults(FaultPlan.none().withLatency(50, 0))
            .build();
    try (SandboxServer sandbox = SandboxServer.start(config)) {
      WebexClient client =
          WebexClient.builder(sandbox.baseUrl(), AccessTokenSource.fixed(sandbox.adminToken()))
              .build();
      BinScanner sequential = new BinScanner(client, Clock.systemUTC(), 1, ScanWindow.MAX_LENGTH);
      BinScanner app = BinScanner.forApp(client, Clock.systemUTC());

      timeScan(app, sandbox); // warm-up: JIT, connection pool
      long baseline = Long.MAX_VALUE;
      long fast = Long.MAX_VALUE;
      int found = 0;
      for (int round = 0; round < 2; round++) {
        baseline = Math.min(baseline, timeScan(sequential, sandbox));
        long t = timeScan(app, sandbox);
        fast = Math.min(fast, t);
        found = lastFound;
      }
      report.figure("list_full_bin.recordings", found, "rows", "recordings found by each scan");
      report.figure(
          "list_full_bin.sequential", baseline / 1e6, "ms", "30-day windows, one at a time");
      report.figure("list_full_bin.app", fast / 1e6, "ms", "BinScanner.forApp");
      report.figure(
          "list_full_bin.speedup", (double) baseline / fast, "x", "target >= 4x (best of 2 each)");
    }
  }

  private int lastFound;

  private long timeScan(BinScanner scanner, SandboxServer sandbox) throws InterruptedException {
    long start = System.nanoTime();
    ScanResult result = scanner.scan(ListScope.org(), HORIZON, ScanListener.NONE);
    long elapsed = System.nanoTime() - start;
    if (!result.complete()) {
      throw new IllegalStateException("scan incomplete: " + result.failures());
    }
    lastFound = result.recordings().size();
    if (lastFound != sandbox.countDeleted(null)) {
      throw new IllegalStateException(
          "scan found " + lastFound + " of " + sandbox.countDeleted(null) + " recordings");
    }
    return elapsed;
  }
}
