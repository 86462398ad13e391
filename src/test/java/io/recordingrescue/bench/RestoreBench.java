package io.recordingrescue.bench;

import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.RestorePlan;
import io.recordingrescue.restore.RestorePlanner;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.restore.Tuning;
import io.recordingrescue.restore.WebexRestoreGateway;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.faults.FaultPlan;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RestoreRequest;
import io.recordingrescue.webex.ScanWindow;
import io.recordingrescue.webex.Sleeper;
import io.recordingrescue.webex.WebexClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Restores 10,000 ids from a sandbox with 50 ms per request and a per-token rate limit: the engine
 * as the app configures it, against the same engine doing one request at a time (concurrency 1, bin
 * listings one 30-day window at a time), and against the floor that rate limit and latency allow
 * for the requests the engine had to make.
 */
final class RestoreBench implements BenchMain.Benchmark {
  private static final int IDS = 10_000;
  private static final long LATENCY_MS = 50;

  /**
   * Requests per second per token, two settings. One request at a time at 50 ms makes 20/s, so
   * neither touches the baseline. At 50/s the limit bounds the engine's restores (4 in flight could
   * make 80/s) and its listings (8 windows could make 160/s); at 80/s it bounds the listings only.
   */
  private static final int[] RATE_LIMITS = {50, 80};

  /** A day past a year: the sandbox dates recordings up to a year back from its start. */
  private static final Duration HORIZON = BinScanner.DEFAULT_HORIZON.plusDays(1);

  private record Outcome(long nanos, int listRequests, int restoreRequests, int rateLimited) {}

  @Override
  public void run(BenchReport report) throws Exception {
    for (int limit : RATE_LIMITS) {
      run(report, limit, limit == RATE_LIMITS[0] ? "restore_10k" : "restore_10k_at_" + limit);
    }
  }

  private void run(BenchReport report, int rateLimit, String name) throws Exception {
    // The product's tuning (the same the window and the CLI use); only the horizon is a day longer.
    RestoreEngine.Options appOptions = Tuning.PRODUCT.engine();
    int scanConcurrency = Tuning.PRODUCT.scan().concurrency();

    Outcome fast =
        measure(
            rateLimit,
            (client, journal) ->
                new RestoreEngine(
                    new WebexRestoreGateway(
                        client, Tuning.PRODUCT.scanner(client, Clock.systemUTC()), HORIZON),
                    journal,
                    Clock.systemUTC(),
                    Sleeper.SYSTEM,
                    appOptions));
    Outcome oneAtATime =
        measure(
            rateLimit,
            (client, journal) ->
                new RestoreEngine(
                    new WebexRestoreGateway(
                        client,
                        new BinScanner(client, Clock.systemUTC(), 1, ScanWindow.MAX_LENGTH),
                        HORIZON),
                    journal,
                    Clock.systemUTC(),
                    Sleeper.SYSTEM,
                    appOptions.withConcurrency(1)));

    // The floor: restores and listings each take at least their count over the rate limit, and at
    // least their count times the latency over the calls allowed in flight; the two phases follow
    // each other (the engine lists the bin before sending and again to verify).
    int batches = (IDS + RestoreRequest.MAX_IDS - 1) / RestoreRequest.MAX_IDS;
    double latency = LATENCY_MS / 1000.0;
    double sendFloor =
        Math.max((double) batches / rateLimit, batches * latency / appOptions.concurrency());
    double listFloor =
        Math.max(
            (double) fast.listRequests / rateLimit, fast.listRequests * latency / scanConcurrency);
    double floorMs = (sendFloor + listFloor) * 1000;

    report.figure(
        name + ".one_at_a_time",
        oneAtATime.nanos / 1e6,
        "ms",
        String.format(
            "engine, 1 call in flight, 1 window at a time: %d restores, %d list, %d x 429",
            oneAtATime.restoreRequests, oneAtATime.listRequests, oneAtATime.rateLimited));
    report.figure(
        name + ".engine",
        fast.nanos / 1e6,
        "ms",
        String.format(
            "engine as the app sets it (%d in flight, scan %d windows): %d restores, %d list, %d x 429",
            appOptions.concurrency(),
            scanConcurrency,
            fast.restoreRequests,
            fast.listRequests,
            fast.rateLimited));
    report.figure(
        name + ".floor",
        floorMs,
        "ms",
        String.format(
            "max(%d batches/%d per s, %d x %d ms/%d) + max(%d list/%d per s, %d x %d ms/%d)",
            batches,
            rateLimit,
            batches,
            LATENCY_MS,
            appOptions.concurrency(),
            fast.listRequests,
            rateLimit,
            fast.listRequests,
            LATENCY_MS,
            scanConcurrency));
    report.figure(
        name + ".speedup",
        (double) oneAtATime.nanos / fast.nanos,
        "x",
        "one at a time / engine; target >= 3x");
    report.figure(
        name + ".vs_floor",
        fast.nanos / 1e6 / floorMs,
        "x",
        "engine / floor; target <= 1.3x (" + rateLimit + " requests/s per token)");
  }

  private interface EngineFactory {
    RestoreEngine create(WebexClient client, Journal journal);
  }

  private Outcome measure(int rateLimit, EngineFactory factory) throws Exception {
    SandboxConfig config =
        SandboxConfig.builder()
            .recordCount(IDS)
            .deletedFraction(1.0)
            .faults(FaultPlan.none().withLatency(LATENCY_MS, 0).withRateLimit(rateLimit))
            .build();
    Path journalDir = Files.createTempDirectory("bench-journal");
    try (SandboxServer sandbox = SandboxServer.start(config)) {
      AtomicInteger lists = new AtomicInteger();
      AtomicInteger restores = new AtomicInteger();
      AtomicInteger limited = new AtomicInteger();
      OkHttpClient http =
          new OkHttpClient.Builder()
              .addNetworkInterceptor(
                  chain -> {
                    Response response = chain.proceed(chain.request());
                    if (response.code() == 429) {
                      limited.incrementAndGet();
                    } else if ("POST".equals(chain.request().method())) {
                      restores.incrementAndGet();
                    } else {
                      lists.incrementAndGet();
                    }
                    return response;
                  })
              .build();
      WebexClient client =
          WebexClient.builder(sandbox.baseUrl(), AccessTokenSource.fixed(sandbox.adminToken()))
              .httpClient(http)
              .build();
      List<String> ids = sandbox.recordings().stream().map(Recording::id).toList();
      RestorePlan plan = new RestorePlanner().plan(new RestoreTarget.ByIds(ids));
      RestoreEngine engine = factory.create(client, new Journal(journalDir, Clock.systemUTC()));
      long start = System.nanoTime();
      RestoreReport result = engine.run(plan, "bench@example.com", ListScope.org());
      long elapsed = System.nanoTime() - start;
      if (!result.completed() || result.count(FinalState.RESTORED) != IDS) {
        throw new IllegalStateException(
            "restore did not finish: " + result.counts() + " " + engine.stats());
      }
      if (sandbox.countDeleted(null) != 0) {
        throw new IllegalStateException(sandbox.countDeleted(null) + " still in the bin");
      }
      return new Outcome(elapsed, lists.get(), restores.get(), limited.get());
    } finally {
      deleteTree(journalDir);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
