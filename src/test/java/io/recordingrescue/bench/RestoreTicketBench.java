package io.recordingrescue.bench;

import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.IdHint;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.RestorePlanner;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.restore.Tuning;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.api.RequestRecord;
import io.recordingrescue.sandbox.faults.FaultPlan;
import io.recordingrescue.testsupport.SandboxBins;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.Sleeper;
import io.recordingrescue.webex.WebexClient;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The ticket's jobs in an org of 30,000 recordings (18,000 in the bin, 50 owners) at 50 ms per
 * request, each on a fresh sandbox, counted by the sandbox's request log: 60 ids of one owner with
 * their createTime and owner (the newest 60 of the owner's bin, and 60 spread over the year), the
 * same 60 verified by whole-bin listings (the engine's baseline mode, {@code withHints(false)}), 1
 * id, and 37 ids with nothing known of them.
 */
final class RestoreTicketBench implements BenchMain.Benchmark {
  private static final long LATENCY_MS = 50;

  private record Outcome(long nanos, long lists, long restores, long total) {}

  @Override
  public void run(BenchReport report) throws Exception {
    Outcome hinted = measure(true, s -> hinted(binOf(s, 3).subList(0, 60)));
    Outcome baseline = measure(false, s -> hinted(binOf(s, 3).subList(0, 60)));
    Outcome spread =
        measure(
            true,
            s -> {
              List<Recording> bin = binOf(s, 3);
              int step = bin.size() / 60;
              return hinted(IntStream.range(0, 60).mapToObj(i -> bin.get(i * step)).toList());
            });
    Outcome one = measure(true, s -> hinted(binOf(s, 7).subList(5, 6)));
    Outcome raw =
        measure(
            true,
            s ->
                new RestoreTarget.ByIds(
                    binOf(s, 9).subList(0, 37).stream().map(Recording::id).toList()));
    figure(report, "restore_ticket.60_one_owner", hinted, "60 ids of one owner, hinted");
    figure(
        report,
        "restore_ticket.60_one_owner_whole_bin",
        baseline,
        "same job, whole-bin verification (baseline mode)");
    report.figure(
        "restore_ticket.speedup",
        (double) baseline.nanos / hinted.nanos,
        "x",
        "whole-bin verification / hinted, same job, same run");
    figure(report, "restore_ticket.60_spread", spread, "60 ids of one owner spread over a year");
    figure(report, "restore_ticket.1_id", one, "1 id, hinted");
    figure(report, "restore_ticket.37_raw", raw, "37 ids with nothing known");
  }

  private static void figure(BenchReport report, String name, Outcome o, String what) {
    report.figure(
        name,
        o.nanos / 1e6,
        "ms",
        String.format("%s: %d requests (%d list, %d restore)", what, o.total, o.lists, o.restores));
  }

  private static List<Recording> binOf(SandboxServer s, int owner) {
    String email = s.dataSet().owners().get(owner).email();
    return SandboxBins.deletedOf(s, email).stream()
        .sorted(Comparator.comparing(Recording::createTime).reversed())
        .toList();
  }

  private static RestoreTarget.ByIds hinted(List<Recording> rows) {
    Map<String, IdHint> hints = new LinkedHashMap<>();
    rows.forEach(r -> hints.put(r.id(), new IdHint(r.createTime(), r.ownerEmail())));
    return new RestoreTarget.ByIds(rows.stream().map(Recording::id).toList(), hints);
  }

  private Outcome measure(boolean useHints, Function<SandboxServer, RestoreTarget.ByIds> job)
      throws Exception {
    SandboxConfig config =
        SandboxConfig.builder()
            .seed(11)
            .recordCount(30_000)
            .ownerCount(50)
            .deletedFraction(0.6)
            .faults(FaultPlan.none().withLatency(LATENCY_MS, 0))
            .build();
    java.nio.file.Path journalDir = Files.createTempDirectory("bench-ticket");
    try (SandboxServer sandbox = SandboxServer.start(config)) {
      WebexClient client =
          WebexClient.builder(sandbox.baseUrl(), AccessTokenSource.fixed(sandbox.adminToken()))
              .build();
      Clock clock = Clock.systemUTC();
      RestoreEngine engine =
          new RestoreEngine(
              Tuning.PRODUCT.gateway(client, clock),
              new Journal(journalDir, clock),
              clock,
              Sleeper.SYSTEM,
              Tuning.PRODUCT.engine().withHints(useHints));
      RestoreTarget.ByIds target = job.apply(sandbox);
      sandbox.clearLogs();
      long start = System.nanoTime();
      RestoreReport result =
          engine.run(new RestorePlanner().plan(target), "bench@example.com", ListScope.org());
      long elapsed = System.nanoTime() - start;
      if (!result.completed() || result.count(FinalState.RESTORED) != target.ids().size()) {
        throw new IllegalStateException("restore did not finish: " + result.counts());
      }
      List<RequestRecord> log = sandbox.requestLog();
      long lists = log.stream().filter(r -> r.target().contains("convergedRecordings?")).count();
      long restores = log.stream().filter(r -> r.method().equals("POST")).count();
      return new Outcome(elapsed, lists, restores, log.size());
    } finally {
      try (java.util.stream.Stream<java.nio.file.Path> paths = Files.walk(journalDir)) {
        for (java.nio.file.Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
