package io.recordingrescue.ui.history;

import io.recordingrescue.restore.AuditExport;
import io.recordingrescue.restore.IdOutcome;
import io.recordingrescue.restore.JobHistory;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.ErrorMessages;
import io.recordingrescue.ui.Job;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.jobs.AuditExporter;
import io.recordingrescue.ui.jobs.AuditFormat;
import io.recordingrescue.ui.jobs.JobsState;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Past restore jobs from the journal folder: counts per job, one job's outcome list, its audit
 * export, and Resume for jobs that did not finish. Journals are read off the UI thread.
 */
public final class HistoryViewModel {
  private final JobHistory history;
  private final JobsState jobs;
  private final AuditExporter exporter;
  private final UiExecutor ui;
  private final DialogService dialogs;
  private final Messages messages;
  private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
  private final ObservableList<IdOutcome> outcomes = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<HistoryRow> selected = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<RestoreReport> opened = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper canResume = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

  public HistoryViewModel(
      JobHistory history, JobsState jobs, UiExecutor ui, DialogService dialogs, Messages messages) {
    this.history = history;
    this.jobs = jobs;
    this.ui = ui;
    this.dialogs = dialogs;
    this.messages = messages;
    this.exporter = new AuditExporter(new AuditExport(), ui, dialogs, messages);
  }

  /** Reads the journal folder again; the selection is kept when the job is still listed. */
  public void refresh() {
    loading.set(true);
    status.set(messages.get("history.loading"));
    Job.of(messages.get("history.loading"), context -> history.list())
        .onSuccess(
            entries -> {
              String keep = selected.get() == null ? null : selected.get().jobId();
              rows.setAll(entries.stream().map(HistoryRow::of).toList());
              loading.set(false);
              status.set(messages.format("history.count", rows.size()));
              select(
                  keep == null
                      ? null
                      : rows.stream().filter(r -> r.jobId().equals(keep)).findFirst().orElse(null));
            })
        .onFailure(this::failed)
        .start(ui);
  }

  /** The row the table selected (null for none). */
  public void select(HistoryRow row) {
    selected.set(row);
    canResume.set(row != null && row.resumable());
    canExport.set(row != null && row.problem() == null);
    if (opened.get() != null && (row == null || !opened.get().jobId().equals(row.jobId()))) {
      opened.set(null);
      outcomes.clear();
    }
  }

  /** Loads the selected job's outcomes into {@link #outcomes()}. */
  public void openSelected() {
    HistoryRow row = selected.get();
    if (row == null || row.problem() != null) {
      return;
    }
    Job.of(messages.get("history.opening"), context -> history.report(row.jobId()))
        .onSuccess(
            report -> {
              opened.set(report);
              outcomes.setAll(report.outcomes());
              status.set(
                  messages.format(
                      "history.opened",
                      row.jobId(),
                      report.outcomes().size(),
                      report.unsettledIds().size()));
            })
        .onFailure(this::failed)
        .start(ui);
  }

  /** Saves the selected job's audit file (the operator picks where). */
  public void exportSelected(AuditFormat format) {
    HistoryRow row = selected.get();
    if (row == null || row.problem() != null) {
      return;
    }
    exporter.export(
        row.jobId(),
        () -> history.report(row.jobId()),
        format,
        file -> status.set(messages.format("audit.saved", file.toAbsolutePath())));
  }

  /** Resumes the selected job in the jobs panel; the list is read again when it ends. */
  public void resumeSelected() {
    HistoryRow row = selected.get();
    if (row == null || !row.resumable()) {
      return;
    }
    canResume.set(false);
    jobs.resume(row.jobId(), messages.format("history.jobTitle", row.jobId()), report -> refresh());
  }

  /** Reading the journal folder or a journal failed (reading small files: nothing to cancel). */
  private void failed(Throwable error) {
    loading.set(false);
    String text = ErrorMessages.describe(error, messages);
    status.set(text);
    dialogs.showError(messages.get("history.title"), text);
  }

  public ObservableList<HistoryRow> rows() {
    return FXCollections.unmodifiableObservableList(rows);
  }

  public ObservableList<IdOutcome> outcomes() {
    return FXCollections.unmodifiableObservableList(outcomes);
  }

  public ReadOnlyObjectProperty<HistoryRow> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<RestoreReport> openedProperty() {
    return opened.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canResumeProperty() {
    return canResume.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canExportProperty() {
    return canExport.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
