package io.recordingrescue.bench;

import io.recordingrescue.app.SandboxSession;
import io.recordingrescue.cli.Cli;
import io.recordingrescue.cli.CliEnvironment;
import io.recordingrescue.cli.Interrupts;
import io.recordingrescue.restore.Tuning;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.api.RequestRecord;
import io.recordingrescue.sandbox.faults.FaultPlan;
import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.ListQuery;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RecordingPage;
import io.recordingrescue.webex.ScanWindow;
import io.recordingrescue.webex.WebexClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Reads a year of 50,000 recordings at 50 ms per request through the product's own entry points:
 * the CLI's {@code list} in-process and the main window's load (built by {@code AppWiring}). The
 * baseline, in the same run against the same sandbox, is what a plain admin script does: 30-day
 * windows one after another, each followed through its next links. Then the same again under a
 * sandbox rate limit of 50 requests/s, with the 429s counted.
 *
 * <p>The sandbox and the product run on one fixed clock, so that a 365-day horizon covers exactly
 * the year the sandbox seeded (a ticking clock would lose the oldest recordings at the edge).
 */
final class ListFullBinBench implements BenchMain.Benchmark {
  private static final int RECORDINGS = 50_000;
  private static final long LATENCY_MS = 50;
  private static final int RATE_LIMIT = 50;

  @Override
  public void run(BenchReport report) throws Exception {
    Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    FaultPlan latency = FaultPlan.none().withLatency(LATENCY_MS, 0);
    SandboxConfig config =
        SandboxConfig.builder()
            .recordCount(RECORDINGS)
            .ownerCount(500)
            .deletedFraction(1.0)
            .clock(clock)
            .faults(latency)
            .build();
    Path dataDir = Files.createTempDirectory("rr-bench-cli");
    try (SandboxSession session = SandboxSession.start(config, true);
        ProductWindow window = ProductWindow.open(session, clock)) {
      SandboxServer sandbox = session.sandbox();
      int expected = (int) sandbox.countDeleted(null);
      CliList list = new CliList(sandbox, clock, dataDir);

      // Warm-up (JIT, connection pools), then alternate so that each sees the same machine.
      list.run(expected);
      long windowFirst = checkWindow(window, window.load(), expected);
      long sequential = Long.MAX_VALUE;
      long cliBest = Long.MAX_VALUE;
      long windowBest = Long.MAX_VALUE;
      for (int round = 0; round < 2; round++) {
        sequential = Math.min(sequential, sequentialScan(session.client(), clock, expected));
        cliBest = Math.min(cliBest, list.run(expected));
        windowBest = Math.min(windowBest, checkWindow(window, window.load(), expected));
      }

      sandbox.setFaults(latency.withRateLimit(RATE_LIMIT));
      Limited cliLimited = underLimit(sandbox, () -> list.run(expected));
      Limited windowLimited =
          underLimit(sandbox, () -> checkWindow(window, window.load(), expected));
      Limited sequentialLimited =
          underLimit(sandbox, () -> sequentialScan(session.client(), clock, expected));
      sandbox.setFaults(latency);

      String settings =
          Tuning.PRODUCT.scan().concurrency()
              + " windows of "
              + Tuning.PRODUCT.scan().windowLength().toDays()
              + " days at once";
      report.figure("list_full_bin.recordings", expected, "rows", "found by every scan below");
      report.figure(
          "list_full_bin.sequential",
          sequential / 1e6,
          "ms",
          "baseline: 30-day windows one after another, next links followed ("
              + LATENCY_MS
              + " ms/request)");
      report.figure(
          "list_full_bin.cli_list", cliBest / 1e6, "ms", "CLI `list --format csv`: " + settings);
      report.figure(
          "list_full_bin.cli_speedup",
          (double) sequential / cliBest,
          "x",
          "target >= 6x; sequential / CLI list (best of 2 each)");
      report.figure(
          "list_full_bin.window_load",
          windowBest / 1e6,
          "ms",
          "main window (AppWiring) load, until the last row is in the table");
      report.figure(
          "list_full_bin.window_first_load",
          windowFirst / 1e6,
          "ms",
          "no target: the window's first load in a fresh data folder (every id new to its"
              + " first-seen ledger, as after a mass deletion), JIT cold; the others are refreshes");
      report.figure(
          "list_full_bin.window_speedup",
          (double) sequential / windowBest,
          "x",
          "target >= 6x; sequential / window load (best of 2 each)");
      report.figure(
          "list_full_bin.at_50rps.sequential",
          sequentialLimited.nanos() / 1e6,
          "ms",
          "baseline under a 50 requests/s limit (" + sequentialLimited.describe() + ")");
      reportLimited(report, "cli", "_list", "CLI list", cliLimited, sequentialLimited);
      reportLimited(report, "window", "_load", "window load", windowLimited, sequentialLimited);
    } finally {
      deleteTree(dataDir);
    }
  }

  /** One run under the rate limit: its nanoseconds, the 429s it met, the requests it sent. */
  private record Limited(long nanos, long tooMany, int requests) {
    String describe() {
      return tooMany + " x 429 in " + requests + " requests";
    }
  }

  /** Runs {@code run} in a fresh second of the sandbox's rate limit, counting from its own log. */
  private static Limited underLimit(SandboxServer sandbox, Callable<Long> run) throws Exception {
    waitForNextSecond();
    sandbox.clearLogs();
    long nanos = run.call();
    List<RequestRecord> log = sandbox.requestLog();
    long tooMany = log.stream().filter(r -> r.status() == 429).count();
    return new Limited(nanos, tooMany, log.size());
  }

  /** {@code <who><what>} in ms, {@code <who>_429}, {@code <who>_speedup}. */
  private static void reportLimited(
      BenchReport report, String who, String suffix, String what, Limited run, Limited sequential) {
    String prefix = "list_full_bin.at_50rps." + who;
    report.figure(
        prefix + suffix,
        run.nanos() / 1e6,
        "ms",
        what
            + " under a 50 requests/s limit ("
            + run.describe()
            + "; floor "
            + run.requests() * 1000 / RATE_LIMIT
            + " ms), paced "
            + (Tuning.PRODUCT.scan().pacing().enabled() ? "adaptively" : "only by Retry-After"));
    report.figure(prefix + "_429", run.tooMany(), "count", "429 answers during that " + what);
    report.figure(
        prefix + "_speedup",
        (double) sequential.nanos() / run.nanos(),
        "x",
        "sequential / " + what + ", both under the limit, same run");
  }

  /**
   * The admin script: 30-day windows newest first, one at a time, each followed through its next
   * links; returns its nanoseconds.
   */
  private static long sequentialScan(WebexClient client, Clock clock, int expected) {
    long start = System.nanoTime();
    Set<String> ids = new HashSet<>();
    for (ScanWindow w : ScanWindow.covering(clock.instant(), BinScanner.DEFAULT_HORIZON)) {
      RecordingPage page = client.listPage(ListScope.org(), ListQuery.deleted(w.from(), w.to()));
      while (true) {
        for (Recording r : page.items()) {
          ids.add(r.id());
        }
        if (page.next().isEmpty()) {
          break;
        }
        page = client.nextPage(page.next().get());
      }
    }
    long elapsed = System.nanoTime() - start;
    if (ids.size() != expected) {
      throw new IllegalStateException("sequential scan found " + ids.size() + " of " + expected);
    }
    return elapsed;
  }

  private static long checkWindow(ProductWindow window, long nanos, int expected) throws Exception {
    int rows = window.rowsShown();
    if (rows != expected) {
      throw new IllegalStateException("the window shows " + rows + " of " + expected + " rows");
    }
    return nanos;
  }

  /** The sandbox counts requests per wall-clock second: start each run in a fresh second. */
  private static void waitForNextSecond() throws InterruptedException {
    Thread.sleep(1_100);
  }

  /** The CLI's {@code list}, in-process, its CSV counted and thrown away. */
  private static final class CliList {
    private final Map<String, String> env;
    private final Clock clock;

    CliList(SandboxServer sandbox, Clock clock, Path dataDir) {
      this.clock = clock;
      this.env =
          Map.of(
              CliEnvironment.API_BASE_ENV, sandbox.baseUrl().toString(),
              CliEnvironment.TOKEN_ENV, sandbox.adminToken(),
              CliEnvironment.DATA_DIR_ENV, dataDir.toString());
    }

    /** Runs {@code list --format csv}; returns its nanoseconds after checking the row count. */
    long run(int expected) {
      LineCounter out = new LineCounter();
      LineCounter err = new LineCounter();
      Interrupts none = cancel -> () -> {};
      CliEnvironment environment =
          new CliEnvironment(
              new ByteArrayInputStream(new byte[0]),
              new PrintStream(out, false, StandardCharsets.UTF_8),
              new PrintStream(err, false, StandardCharsets.UTF_8),
              env,
              false,
              none,
              clock,
              Map.of());
      long start = System.nanoTime();
      int code = Cli.run(new String[] {"list", "--format", "csv"}, environment);
      environment.out().flush();
      long elapsed = System.nanoTime() - start;
      if (code != 0 || out.lines != expected + 1) {
        throw new IllegalStateException(
            "CLI list exited "
                + code
                + " with "
                + out.lines
                + " lines, expected a header and "
                + expected
                + " rows");
      }
      return elapsed;
    }
  }

  /** Counts lines and keeps nothing. */
  private static final class LineCounter extends OutputStream {
    int lines;

    @Override
    public void write(int b) {
      if (b == '\n') {
        lines++;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
