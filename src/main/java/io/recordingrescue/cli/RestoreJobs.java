package io.recordingrescue.cli;

import io.recordingrescue.restore.CancellationToken;
import io.recordingrescue.restore.ProgressListener;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.restore.incident.IncidentPlan;
import io.recordingrescue.restore.incident.IncidentProgress;
import io.recordingrescue.restore.incident.IncidentReport;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.WebexClient;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The restore engine and its journal as the CLI uses them. {@link EngineRestoreJobs} adapts the
 * restore package; the seam keeps the commands readable and lets the data folder be chosen per run.
 */
public interface RestoreJobs {

  /** Runs a new job until every id is settled, or until {@code cancelled} says stop. */
  RestoreReport start(
      RestoreTarget target,
      String operator,
      ListScope binScope,
      int concurrency,
      ProgressListener progress,
      CancellationToken cancel);

  /** Finishes a journalled job that did not complete. */
  RestoreReport resume(
      String jobId, int concurrency, ProgressListener progress, CancellationToken cancel);

  /**
   * Journals and runs an incident: one restore-all job per owner of {@code plan}, {@code
   * ownersAtOnce} owners at once.
   */
  IncidentReport startIncident(
      IncidentPlan plan,
      String operator,
      int ownersAtOnce,
      IncidentProgress.Listener progress,
      CancellationToken cancel);

  /** Goes on with an incident that did not end (owners done are skipped, started jobs resumed). */
  IncidentReport resumeIncident(
      String incidentId,
      int ownersAtOnce,
      IncidentProgress.Listener progress,
      CancellationToken cancel);

  /** Every journalled job and incident, newest first. */
  List<JobSummary> list();

  /**
   * Writes a job's audit record (every id with its one outcome), or an incident's (every owner with
   * its outcome).
   */
  void export(String jobId, ExportFormat format, OutputStream out) throws IOException;

  /** One line of {@code rescue jobs}. */
  record JobSummary(
      String jobId,
      String state,
      boolean resumable,
      String target,
      Instant startedAt,
      int idsTotal,
      int settled,
      int restored,
      int failed) {}

  /** Audit export formats. */
  enum ExportFormat {
    csv,
    json
  }

  /** Opens the job store of a data folder; {@code client} is null for commands that only read. */
  interface Factory {
    RestoreJobs open(Path dataDir, WebexClient client);
  }
}
