package io.recordingrescue.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.api.RequestRecord;
import io.recordingrescue.testsupport.ClassSandbox;
import io.recordingrescue.testsupport.SandboxBins;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.WebexClient;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a job costs in requests, counted by the sandbox, in an org of 30,000 recordings (18,000 in
 * the bin, 50 owners): it follows the job, not the size of the org.
 */
class HintedRestoreCostTest {
  @RegisterExtension
  static final ClassSandbox sandbox =
      new ClassSandbox(
          SandboxConfig.builder()
              .seed(11)
              .recordCount(30_000)
              .ownerCount(50)
              .deletedFraction(0.6)
              .build());

  @TempDir Path dir;

  /** The owner's bin, newest first, as the window's table or `list` shows it. */
  private static List<Recording> binOf(int owner) {
    String email = sandbox.server().dataSet().owners().get(owner).email();
    return SandboxBins.deletedOf(sandbox.server(), email).stream()
        .sorted(Comparator.comparing(Recording::createTime).reversed())
        .toList();
  }

  private static Map<String, IdHint> hintsOf(List<Recording> rows) {
    Map<String, IdHint> hints = new LinkedHashMap<>();
    rows.forEach(r -> hints.put(r.id(), new IdHint(r.createTime(), r.ownerEmail())));
    return hints;
  }

  private RestoreReport run(RestoreTarget.ByIds target, List<ProgressEvent> events) {
    WebexClient client =
        SandboxHarness.client(
            sandbox.server().baseUrl(), AccessTokenSource.fixed(sandbox.server().adminToken()));
    return SandboxHarness.engine(client, dir, 4)
        .run(
            new RestorePlanner().plan(target),
            sandbox.server().adminEmail(),
            ListScope.org(),
            events::add,
            new CancellationToken());
  }

  /** The newest {@code n} of owner 9's bin as pasted ids (no hints): every one is restored. */
  private void restorePasted(int n, List<ProgressEvent> events) {
    List<String> ids = binOf(9).subList(0, n).stream().map(Recording::id).toList();
    RestoreReport report = run(new RestoreTarget.ByIds(ids), events);
    assertThat(report.count(FinalState.RESTORED)).isEqualTo(n);
  }

  private static long lists() {
    return sandbox.server().requestLog().stream()
        .filter(r -> r.method().equals("GET") && r.target().contains("convergedRecordings?"))
        .count();
  }

  private static long restores() {
    return sandbox.server().requestLog().stream().filter(r -> r.method().equals("POST")).count();
  }

  @Test
  void sixtyIdsOfOneOwnerCostAtMostTwentyListingsAndOneRestore() {
    List<Recording> rows = binOf(3).subList(0, 60);
    List<String> ids = rows.stream().map(Recording::id).toList();

    RestoreReport report = run(new RestoreTarget.ByIds(ids, hintsOf(rows)), List.of());

    assertThat(report.count(FinalState.RESTORED)).isEqualTo(60);
    assertThat(ids)
        .allMatch(id -> "available".equals(sandbox.server().find(id).orElseThrow().status()));
    assertThat(restores()).isEqualTo(1);
    assertThat(lists()).isLessThanOrEqualTo(20);
    assertThat(sandbox.server().requestLog().stream().filter(r -> r.method().equals("GET")))
        .as("narrowed by owner")
        .allMatch(r -> r.target().contains("ownerEmail="));
  }

  @Test
  void oneIdCostsAtMostFourRequests() {
    Recording row = binOf(7).get(5);

    RestoreReport report =
        run(new RestoreTarget.ByIds(List.of(row.id()), hintsOf(List.of(row))), List.of());

    assertThat(report.byId().get(row.id()).state()).isEqualTo(FinalState.RESTORED);
    assertThat(sandbox.server().requestLog()).hasSizeLessThanOrEqualTo(4);
    assertThat(restores()).isEqualTo(1);
  }

  @Test
  void aFewRawIdsAreNarrowedByWhatTheDetailsEndpointTells() {
    List<ProgressEvent> events = new CopyOnWriteArrayList<>();

    restorePasted(37, events);

    assertThat(events).noneMatch(e -> e.searchingWholeBin() > 0);
    // 37 details (hints only), a few narrowed windows before and after, one restore call.
    assertThat(sandbox.server().requestLog()).hasSizeLessThanOrEqualTo(37 + 2 * 13 + 1);
    assertThat(restores()).isEqualTo(1);
  }

  @Test
  void manyRawIdsCostOneWholeBinScanAndTheProgressSaysSo() {
    List<ProgressEvent> events = new CopyOnWriteArrayList<>();

    restorePasted(60, events);

    assertThat(events).anyMatch(e -> e.searchingWholeBin() == 60);
    // The first look lists the whole bin once and learns where each id is; the check after the
    // send lists only the windows that hold them.
    List<RequestRecord> log = sandbox.server().requestLog();
    long narrowed = log.stream().filter(r -> r.target().contains("ownerEmail=")).count();
    assertThat(narrowed).isPositive().isLessThanOrEqualTo(13);
    assertThat(lists()).isLessThan(narrowed + 200);
    assertThat(restores()).isEqualTo(1);
  }

  @Test
  void staleHintsAreLookedForInTheWholeBinNeverSettledByANarrowedListing() {
    List<Recording> rows = binOf(4).subList(0, 5);
    Map<String, IdHint> stale = new LinkedHashMap<>();
    rows.forEach(
        r ->
            stale.put(
                r.id(),
                new IdHint(r.createTime().minus(java.time.Duration.ofDays(90)), "old@owner.test")));
    List<String> ids = rows.stream().map(Recording::id).toList();
    List<ProgressEvent> events = new CopyOnWriteArrayList<>();

    RestoreReport report = run(new RestoreTarget.ByIds(ids, stale), events);

    assertThat(report.count(FinalState.RESTORED)).isEqualTo(5);
    assertThat(events).anyMatch(e -> e.searchingWholeBin() == 5);
    assertThat(restores()).isEqualTo(1);
  }
}
