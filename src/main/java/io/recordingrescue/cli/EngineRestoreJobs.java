package io.recordingrescue.cli;

import io.recordingrescue.restore.AuditExport;
import io.recordingrescue.restore.CancellationToken;
import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.JobHistory;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.ProgressListener;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.RestorePlanner;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.restore.WebexRestoreGateway;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Sleeper;
import io.recordingrescue.webex.WebexClient;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** {@link RestoreJobs} over the restore package: planner, engine, journal, history, export. */
final class EngineRestoreJobs implements RestoreJobs {
  private final Journal journal;
  private final WebexClient client;
  private final Clock clock;
  private final RestoreEngine.Options options;

  EngineRestoreJobs(
      Journal journal, WebexClient client, Clock clock, RestoreEngine.Options options) {
    this.journal = journal;
    this.client = client;
    this.clock = clock;
    this.options = options;
  }

  /** Journals in {@code <dataDir>/jobs}, the engine's defaults. */
  static Factory factory(Clock clock) {
    return (dataDir, client) ->
        new EngineRestoreJobs(
            Journal.inDataDir(dataDir, clock), client, clock, RestoreEngine.Options.defaults());
  }

  private RestoreEngine engine(int concurrency) {
    if (client == null) {
      throw new IllegalStateException("This job store was opened without a Webex client");
    }
    return new RestoreEngine(
        WebexRestoreGateway.of(client, clock),
        journal,
        clock,
        Sleeper.SYSTEM,
        options.withConcurrency(concurrency));
  }

  @Override
  public RestoreReport start(
      RestoreTarget target,
      String operator,
      ListScope binScope,
      int concurrency,
      ProgressListener progress,
      CancellationToken cancel) {
    return engine(concurrency)
        .run(new RestorePlanner().plan(target), operator, binScope, progress, cancel);
  }

  @Override
  public RestoreReport resume(
      String jobId, int concurrency, ProgressListener progress, CancellationToken cancel) {
    return engine(concurrency).resume(jobId, progress, cancel);
  }

  @Override
  public List<JobSummary> list() {
    return new JobHistory(journal)
        .list().stream()
            .map(
                e ->
                    new JobSummary(
                        e.jobId(),
                        e.problem() != null ? "UNREADABLE" : String.valueOf(e.state()),
                        e.resumable(),
                        e.target() + (e.targetOwner() == null ? "" : " " + e.targetOwner()),
                        e.startedAt(),
                        e.totalIds(),
                        e.totalIds() - e.unsettled(),
                        e.counts().getOrDefault(FinalState.RESTORED, 0L).intValue(),
                        e.counts().getOrDefault(FinalState.FAILED, 0L).intValue()))
            .toList();
  }

  @Override
  public void export(String jobId, ExportFormat format, OutputStream out) throws IOException {
    RestoreReport report = new JobHistory(journal).report(jobId);
    AuditExport export = new AuditExport();
    String text = format == ExportFormat.csv ? export.csv(report) : export.json(report);
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  Path journalDir() {
    return journal.dir();
  }
}
