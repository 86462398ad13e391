package io.recordingrescue.ui.jobs;

import io.recordingrescue.restore.AuditExport;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.UiExecutor;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The jobs panel: observes the shared {@link JobsState} (the job the progress bar shows, busy, the
 * last summary) and offers Cancel, Resume and the audit export of that job.
 */
public final class JobsViewModel {
  private final JobsState jobs;
  private final Messages messages;
  private final AuditExporter exporter;
  private final ReadOnlyStringWrapper lastExport = new ReadOnlyStringWrapper("");

  /** With an exporter over a plain {@link AuditExport}. */
  public JobsViewModel(JobsState jobs, UiExecutor ui, DialogService dialogs, Messages messages) {
    this(jobs, messages, new AuditExporter(new AuditExport(), ui, dialogs, messages));
  }

  public JobsViewModel(JobsState jobs, Messages messages, AuditExporter exporter) {
    this.jobs = jobs;
    this.messages = messages;
    this.exporter = exporter;
  }

  /** Cancels the job the progress bar shows. */
  public void cancelCurrent() {
    jobs.cancelCurrent();
  }

  /** Resumes the job the panel shows, when it stopped before the end (e.g. sign-in needed). */
  public void resumeCurrent() {
    jobs.resumeCurrent();
  }

  /** Exports the audit file of the job the panel shows (once it has a report). */
  public void exportCurrent(AuditFormat format) {
    JobViewModel job = jobs.currentProperty().get();
    RestoreReport report = job == null ? null : job.reportProperty().get();
    if (report == null) {
      return;
    }
    exporter.export(report.jobId(), () -> report, format, this::exported);
  }

  private void exported(Path file) {
    lastExport.set(messages.format("audit.saved", file.toAbsolutePath()));
  }

  /** The shared jobs the panel shows: the list, the current one, the last summary. */
  public JobsState state() {
    return jobs;
  }

  /** Where the last audit file went, for the panel. */
  public ReadOnlyStringProperty lastExportProperty() {
    return lastExport.getReadOnlyProperty();
  }
}
