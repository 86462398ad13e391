package io.recordingrescue.cli;

import io.recordingrescue.restore.AuditExport;
import io.recordingrescue.restore.CancellationToken;
import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.JobHistory;
import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.JournalException;
import io.recordingrescue.restore.ProgressListener;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.RestorePlanner;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.restore.Tuning;
import io.recordingrescue.restore.WebexRestoreGateway;
import io.recordingrescue.restore.incident.IncidentAudit;
import io.recordingrescue.restore.incident.IncidentJournal;
import io.recordingrescue.restore.incident.IncidentPlan;
import io.recordingrescue.restore.incident.IncidentProgress;
import io.recordingrescue.restore.incident.IncidentReport;
import io.recordingrescue.restore.incident.IncidentRunner;
import io.recordingrescue.restore.incident.OwnerResult;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Sleeper;
import io.recordingrescue.webex.WebexClient;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

  /** Journals in {@code <dataDir>/jobs}, the product's engine tuning. */
  static Factory factory(Clock clock) {
    return (dataDir, client) ->
        new EngineRestoreJobs(
            Journal.inDataDir(dataDir, clock), client, clock, Tuning.PRODUCT.engine());
  }

  /** The options a job with {@code concurrency} workers runs with. */
  RestoreEngine.Options options(int concurrency) {
    return options.withConcurrency(concurrency);
  }

  /** What a job sends through and verifies with. */
  WebexRestoreGateway gateway() {
    return Tuning.PRODUCT.gateway(client, clock);
  }

  private RestoreEngine engine(int concurrency) {
    if (client == null) {
      throw new IllegalStateException("This job store was opened without a Webex client");
    }
    return new RestoreEngine(gateway(), journal, clock, Sleeper.SYSTEM, options(concurrency));
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
  public IncidentReport startIncident(
      IncidentPlan plan,
      String operator,
      int ownersAtOnce,
      IncidentProgress.Listener progress,
      CancellationToken cancel) {
    return incidents(ownersAtOnce).start(plan, operator, progress, cancel);
  }

  @Override
  public IncidentReport resumeIncident(
      String incidentId,
      int ownersAtOnce,
      IncidentProgress.Listener progress,
      CancellationToken cancel) {
    return incidents(ownersAtOnce).resume(incidentId, progress, cancel);
  }

  private IncidentRunner incidents(int ownersAtOnce) {
    // Restore-all jobs send one call each: the owners, not the calls of a job, run side by side.
    return new IncidentRunner(engine(1), incidentJournal(), clock, ownersAtOnce);
  }

  private IncidentJournal incidentJournal() {
    return new IncidentJournal(journal.dir(), clock);
  }

  @Override
  public List<JobSummary> list() {
    List<JobSummary> all = new ArrayList<>(incidentSummaries());
    all.addAll(jobSummaries());
    all.sort(
        Comparator.comparing(
                JobSummary::startedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .reversed());
    return all;
  }

  /** An incident is listed with its owners as the ids: owners done of owners to restore. */
  private List<JobSummary> incidentSummaries() {
    IncidentJournal incidents = incidentJournal();
    List<JobSummary> out = new ArrayList<>();
    for (String id : incidents.ids()) {
      try {
        IncidentReport r = IncidentRunner.report(incidents.replay(id));
        out.add(
            new JobSummary(
                id,
                String.valueOf(r.state()),
                r.state() != JobState.COMPLETED,
                "incident " + r.ownersToRestore() + " owner(s)",
                r.startedAt(),
                r.ownersToRestore(),
                r.ownersDone(),
                r.recordingsRestored(),
                (int)
                    (r.count(OwnerResult.State.NOT_RESTORED)
                        + r.count(OwnerResult.State.PARTLY_RESTORED))));
      } catch (JournalException e) {
        out.add(new JobSummary(id, "UNREADABLE", false, "incident", null, 0, 0, 0, 0));
      }
    }
    return out;
  }

  private List<JobSummary> jobSummaries() {
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
    if (IncidentJournal.isIncidentId(jobId)) {
      IncidentReport report = IncidentRunner.report(incidentJournal().replay(jobId));
      IncidentAudit audit = new IncidentAudit();
      String text = format == ExportFormat.csv ? audit.csv(report) : audit.json(report);
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
      return;
    }
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
