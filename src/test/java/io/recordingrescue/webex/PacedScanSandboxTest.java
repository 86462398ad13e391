package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.api.RequestRecord;
import io.recordingrescue.sandbox.faults.FaultPlan;
import io.recordingrescue.sandbox.faults.ScriptedFault;
import io.recordingrescue.testsupport.FakeTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A whole scan against the sandbox's per-token rate limit, counted in the same fake clock the
 * client waits on: so the test measures what the pacing sends, never how long it takes.
 */
class PacedScanSandboxTest {
  private static final int LIMIT_PER_SECOND = 10;
  private static final int CONCURRENCY = 8;
  private static final Duration HORIZON = Duration.ofDays(366);

  private final FakeTime time = new FakeTime(Instant.parse("2026-11-29T12:00:00Z"));
  private SandboxServer sandbox;

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void aPacedScanUnderTheLimitFindsEveryRecordingWithAFewTooManyRequests() throws Exception {
    start(FaultPlan.none().withRateLimit(LIMIT_PER_SECOND));

    ScanResult result = scan(RatePacing.adaptive(), ScanListener.NONE);

    assertThat(result.complete()).isTrue();
    assertThat(result.recordings())
        .extracting(Recording::id)
        .containsExactlyInAnyOrderElementsOf(deletedIds());
    List<RequestRecord> log = sandbox.requestLog();
    assertThat(log).hasSizeGreaterThan(10 * LIMIT_PER_SECOND); // the limit matters
    // The first wave (every request in flight when the first 429 came), at times a second one (a
    // pace learned over a sliding second can come out above a quota counted in whole seconds, and
    // is then cut harder), and a probe or two. Without pacing: 19-27 (withoutPacing… below).
    assertThat(tooManyRequests(log)).isPositive().isLessThanOrEqualTo(2 * CONCURRENCY);
  }

  @Test
  void restoreCallsAfterAScanKeepToTheTokensPace() throws Exception {
    start(FaultPlan.none().withRateLimit(LIMIT_PER_SECOND));
    WebexClient client = client();
    scan(client, RatePacing.adaptive());
    int scanRequests = sandbox.requestLog().size();

    // Sent one after another with no clock passing but the pace's and the gate's. Unpaced, every
    // tenth call after each Retry-After second is refused: 10 of 100. A refused call is sent again,
    // as the restore engine does once the gate opens.
    List<String> ids = deletedIds().subList(0, 10 * LIMIT_PER_SECOND);
    for (String id : ids) {
      while (true) {
        try {
          client.restore(RestoreRequest.byIds(List.of(id)));
          break;
        } catch (RateLimitedException refused) {
          client.rateGate().awaitOpen();
        }
      }
    }

    List<RequestRecord> restores =
        sandbox.requestLog().subList(scanRequests, sandbox.requestLog().size());
    // Paced, only the pace's probes past the limit as it grows back: 0-3 in 8 runs.
    assertThat(tooManyRequests(restores)).isLessThanOrEqualTo(4);
  }

  /** The same scan without pacing: what the bound above protects against. */
  @Test
  void withoutPacingTheSameScanRunsIntoTheLimitAgainAndAgain() throws Exception {
    start(FaultPlan.none().withRateLimit(LIMIT_PER_SECOND));

    scan(RatePacing.off(), ScanListener.NONE);

    assertThat(tooManyRequests(sandbox.requestLog())).isGreaterThan(CONCURRENCY + 3);
  }

  @Test
  void withoutALimitThePaceNeverWaits() throws Exception {
    start(FaultPlan.none());

    ScanResult result = scan(RatePacing.adaptive(), ScanListener.NONE);

    assertThat(result.complete()).isTrue();
    assertThat(result.recordings()).hasSize(deletedIds().size());
    assertThat(time.sleeps()).isEmpty();
  }

  /**
   * A cancel while every worker waits out a long Retry-After: the scan returns at once, cancelled,
   * with what it had and no window reported as failed.
   */
  @Test
  void cancelStopsAScanWhoseWorkersWaitAtTheGate() throws Exception {
    start(FaultPlan.none());
    AtomicBoolean cancelled = new AtomicBoolean();
    sandbox.scriptNext("GET", "/v1/admin/convergedRecordings", ScriptedFault.tooManyRequests(600));
    Sleeper cancelOnWait =
        d -> {
          cancelled.set(true); // the operator gives up as soon as the scan has to wait
          Thread.sleep(d.toMillis());
        };
    WebexClient client =
        WebexClient.builder(sandbox.baseUrl(), AccessTokenSource.fixed(sandbox.adminToken()))
            .time(Clock.systemUTC(), cancelOnWait)
            .build();
    PageCounter listener = new PageCounter(counter -> cancelled.get());

    ScanResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                new BinScanner(client, Clock.systemUTC(), settings(RatePacing.adaptive()))
                    .scan(ListScope.org(), HORIZON, listener));

    assertThat(result.cancelled()).isTrue();
    assertThat(result.failures()).isEmpty();
    assertThat(result.recordings()).hasSize(listener.recordings());
    int sent = sandbox.requestLog().size();
    assertThat(sent).isLessThan(deletedIds().size() / ListQuery.MAX_PAGE_SIZE);
  }

  private void start(FaultPlan faults) {
    sandbox =
        SandboxServer.start(
            SandboxConfig.builder()
                .recordCount(9000)
                .ownerCount(12)
                .deletedFraction(1.0)
                .faults(faults)
                .rateLimitClock(time)
                .build());
  }

  private static ScanSettings settings(RatePacing pacing) {
    return new ScanSettings(CONCURRENCY, Duration.ofDays(7), pacing);
  }

  /** The product's shape of scan, its client waiting on the fake clock the limit counts in. */
  private ScanResult scan(RatePacing pacing, ScanListener listener) throws InterruptedException {
    return new BinScanner(client(), Clock.systemUTC(), settings(pacing))
        .scan(ListScope.org(), HORIZON, listener);
  }

  private ScanResult scan(WebexClient client, RatePacing pacing) throws InterruptedException {
    return new BinScanner(client, Clock.systemUTC(), settings(pacing))
        .scan(ListScope.org(), HORIZON, ScanListener.NONE);
  }

  private WebexClient client() {
    return WebexClient.builder(sandbox.baseUrl(), AccessTokenSource.fixed(sandbox.adminToken()))
        .time(time, time)
        .build();
  }

  private List<String> deletedIds() {
    return sandbox.recordings().stream()
        .filter(r -> RecordingValues.STATUS_DELETED.equals(r.status()))
        .map(Recording::id)
        .toList();
  }

  private static long tooManyRequests(List<RequestRecord> log) {
    return log.stream().filter(r -> r.status() == 429).count();
  }
}
