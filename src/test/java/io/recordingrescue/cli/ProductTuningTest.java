package io.recordingrescue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.app.AppWiring;
import io.recordingrescue.app.SandboxSession;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.Tuning;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.api.RequestRecord;
import io.recordingrescue.webex.ListQuery;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.RatePacing;
import io.recordingrescue.webex.ScanListener;
import io.recordingrescue.webex.ScanResult;
import io.recordingrescue.webex.ScanSettings;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window, the CLI and a restore job's verification scan and restore with one tuning ({@link
 * Tuning#PRODUCT}); the benchmarks drive these same entry points. Fails when one of them is wired
 * with numbers of its own.
 */
class ProductTuningTest {
  private static SandboxSession session;
  @TempDir Path dataDir;

  @BeforeAll
  static void start() {
    session =
        SandboxSession.start(
            SandboxConfig.builder().seed(11).recordCount(300).ownerCount(4).build(), true);
  }

  @AfterAll
  static void stop() {
    session.close();
  }

  @Test
  void windowCliAndVerificationScanWithTheProductSettings() {
    Clock clock = Clock.systemUTC();
    ScanSettings product = Tuning.PRODUCT.scan();
    EngineRestoreJobs cliJobs =
        (EngineRestoreJobs) EngineRestoreJobs.factory(clock).open(dataDir, session.client());

    assertThat(AppWiring.binScanner(session, clock).settings()).isEqualTo(product);
    assertThat(AppWiring.restoreGateway(session, clock).scanSettings()).isEqualTo(product);
    assertThat(BinListing.scanner(new Connection(session.client(), clock)).settings())
        .isEqualTo(product);
    assertThat(cliJobs.gateway().scanSettings()).isEqualTo(product);
    assertThat(product.pacing())
        .as("the product's scans pace themselves")
        .isEqualTo(RatePacing.adaptive());
  }

  @Test
  void windowAndCliRestoreWithTheProductEngineOptions() {
    RestoreEngine.Options window =
        AppWiring.RestoreSetup.product(new Journal(dataDir.resolve("jobs"), Clock.systemUTC()))
            .engineOptions();
    EngineRestoreJobs cliJobs =
        (EngineRestoreJobs)
            EngineRestoreJobs.factory(Clock.systemUTC()).open(dataDir, session.client());
    int cliDefaultConcurrency = new ConcurrencyOption().value();

    assertThat(window).isEqualTo(Tuning.PRODUCT.engine());
    assertThat(cliJobs.options(cliDefaultConcurrency)).isEqualTo(Tuning.PRODUCT.engine());
  }

  /** Not only the settings objects: the requests on the wire are cut the same way. */
  @Test
  void cliListAndWindowLoadSendTheSameWindows() throws Exception {
    session.sandbox().clearLogs();
    CliRun.Result cli =
        new CliRun(dataDir)
            .api(session.sandbox().baseUrl().toString(), session.sandbox().adminToken())
            .run("list", "--format", "csv");
    assertThat(cli.code()).as(cli.toString()).isZero();
    Map<Duration, Long> cliWindows = firstPageWindows(session.sandbox().requestLog());

    session.sandbox().clearLogs();
    ScanResult windowScan =
        AppWiring.binSource(session, Clock.systemUTC()).scan(ListScope.org(), ScanListener.NONE);
    List<RequestRecord> windowLog = session.sandbox().requestLog();
    // A window that failed sent no first page that reached the log: say so, not just a count.
    assertThat(windowScan.complete())
        .as("window scan %s; its requests %s", windowScan, windowLog)
        .isTrue();
    Map<Duration, Long> windowWindows = firstPageWindows(windowLog);

    Map<Duration, Long> productWindows =
        Tuning.PRODUCT.scan().windows(Instant.now(), Duration.ofDays(365)).stream()
            .map(w -> Duration.between(w.from(), w.to()))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(cliWindows).as("the CLI's list").isEqualTo(productWindows);
    assertThat(windowWindows).as("the window's load").isEqualTo(productWindows);
  }

  /** How many list calls opened a window of each length ({@code from}/{@code to} in the query). */
  private static Map<Duration, Long> firstPageWindows(List<RequestRecord> log) {
    return log.stream()
        // The bin scan's pages are full-size; the CLI's admin probe asks for fewer.
        .filter(r -> "GET".equals(r.method()) && r.target().contains("from="))
        .filter(r -> r.target().contains("max=" + ListQuery.MAX_PAGE_SIZE))
        .map(r -> query(r.target()))
        .filter(q -> q.containsKey("from") && q.containsKey("to") && !q.containsKey("cursor"))
        .map(q -> Duration.between(Instant.parse(q.get("from")), Instant.parse(q.get("to"))))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static Map<String, String> query(String target) {
    String raw = URI.create("http://x" + target).getQuery();
    return java.util.Arrays.stream(raw.split("&"))
        .map(p -> p.split("=", 2))
        .collect(
            Collectors.toMap(
                p -> p[0],
                p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "",
                (a, b) -> a));
  }
}
