package io.recordingrescue.ui.jobs;

import io.recordingrescue.restore.AuditExport;
import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.ErrorMessages;
import io.recordingrescue.ui.Job;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.RestoreRunner;
import io.recordingrescue.ui.UiExecutor;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Starts and resumes restore jobs and keeps what the window shows of them: progress, cancel, the
 * state a job ended in (a paused job offers Resume), its summary and its audit export.
 */
public final class JobsViewModel {
  /** A blocking call of the runner: a new job or a resume. */
  @FunctionalInterface
  private interface RunnerCall {
    RestoreReport call(Consumer<ProgressEvent> progress, BooleanSupplier cancelled)
        throws Exception;
  }

  private final RestoreRunner runner;
  private final UiExecutor ui;
  private final DialogService dialogs;
  private final Messages messages;
  private final AuditExporter exporter;
  private final ObservableList<JobViewModel> jobs = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<JobViewModel> current = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper lastSummary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper lastExport = new ReadOnlyStringWrapper("");
  private Consumer<RestoreReport> onAnyResumeFinished = report -> {};

  /** With an exporter over a plain {@link AuditExport}. */
  public JobsViewModel(
      RestoreRunner runner, UiExecutor ui, DialogService dialogs, Messages messages) {
    this(
        runner, ui, dialogs, messages, new AuditExporter(new AuditExport(), ui, dialogs, messages));
  }

  public JobsViewModel(
      RestoreRunner runner,
      UiExecutor ui,
      DialogService dialogs,
      Messages messages,
      AuditExporter exporter) {
    this.runner = runner;
    this.ui = ui;
    this.dialogs = dialogs;
    this.messages = messages;
    this.exporter = exporter;
  }

  /**
   * What every resumed job does with its report besides its own callback (the window takes the
   * restored rows out of its table). Jobs resumed from the history or at start-up have no other.
   */
  public void setOnAnyResumeFinished(Consumer<RestoreReport> action) {
    this.onAnyResumeFinished = Objects.requireNonNull(action);
  }

  /**
   * Starts a job; {@code onFinished} gets the report on the UI thread (also after a cancel or a
   * pause) before the summary is shown.
   */
  public JobViewModel start(
      String title, RestoreTarget target, Consumer<RestoreReport> onFinished) {
    return launch(
        title, onFinished, (progress, cancelled) -> runner.run(target, progress, cancelled));
  }

  /** Resumes a journalled job (paused, cancelled or cut off) as a new entry in the jobs list. */
  public JobViewModel resume(String jobId, String title, Consumer<RestoreReport> onFinished) {
    Consumer<RestoreReport> both =
        report -> {
          onAnyResumeFinished.accept(report);
          onFinished.accept(report);
        };
    return launch(
        messages.format("job.resumeTitle", title),
        both,
        (progress, cancelled) -> runner.resume(jobId, progress, cancelled));
  }

  /** Resumes the job the panel shows, when it stopped before the end (e.g. sign-in needed). */
  public void resumeCurrent() {
    JobViewModel job = current.get();
    if (job == null || !job.resumableProperty().get() || job.jobId() == null) {
      return;
    }
    job.resumed();
    resume(job.jobId(), job.title(), job.onFinished());
  }

  /** Exports the audit file of the job the panel shows (once it has a report). */
  public void exportCurrent(AuditFormat format) {
    JobViewModel job = current.get();
    RestoreReport report = job == null ? null : job.reportProperty().get();
    if (report == null) {
      return;
    }
    exporter.export(report.jobId(), () -> report, format, this::exported);
  }

  private void exported(Path file) {
    lastExport.set(messages.format("audit.saved", file.toAbsolutePath()));
  }

  private JobViewModel launch(String title, Consumer<RestoreReport> onFinished, RunnerCall call) {
    JobViewModel job = new JobViewModel(title, messages, onFinished);
    jobs.add(job);
    current.set(job);
    busy.set(true);
    Job.of(
            title,
            context ->
                call.call(
                    event -> {
                      context.progress(
                          event.fraction(),
                          messages.format(
                              "job.progress",
                              event.batchesDone(),
                              event.batchesTotal(),
                              event.idsDone(),
                              event.idsTotal()));
                      ui.onUi(() -> job.update(event));
                    },
                    job::isCancelRequested))
        .onCancel(() -> ui.onUi(job::cancel))
        .onSuccess(
            report -> {
              onFinished.accept(report);
              String text = RestoreSummary.of(report).text(messages);
              job.finish(report, text);
              lastSummary.set(title + "\n" + text);
              updateBusy();
              dialogs.jobFinished(title, text);
            })
        .onFailure(
            error -> {
              String text = ErrorMessages.describe(error, messages);
              job.fail(text);
              lastSummary.set(title + "\n" + text);
              updateBusy();
              dialogs.showError(title, text);
            })
        .start(ui);
    return job;
  }

  private void updateBusy() {
    busy.set(jobs.stream().anyMatch(j -> j.runningProperty().get()));
  }

  /** Cancels the job the progress bar shows. */
  public void cancelCurrent() {
    if (current.get() != null) {
      current.get().cancel();
    }
  }

  public ObservableList<JobViewModel> jobs() {
    return FXCollections.unmodifiableObservableList(jobs);
  }

  public ReadOnlyObjectProperty<JobViewModel> currentProperty() {
    return current.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty lastSummaryProperty() {
    return lastSummary.getReadOnlyProperty();
  }

  /** Where the last audit file went, for the panel. */
  public ReadOnlyStringProperty lastExportProperty() {
    return lastExport.getReadOnlyProperty();
  }

  /** The exporter the history view shares. */
  public AuditExporter exporter() {
    return exporter;
  }
}
