package io.recordingrescue.ui.jobs;

import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.ErrorMessages;
import io.recordingrescue.ui.Job;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.RestoreRunner;
import io.recordingrescue.ui.UiExecutor;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * The window's restore jobs, shared by every screen that starts, resumes or shows them (the jobs
 * panel, the bin, restore all, restore by ids, the history, the resume prompt, the incident
 * dialog): it starts and resumes them and keeps their progress, the state each ended in and the
 * last summary. Whatever has to follow every job's end (restored rows leave the bin) is registered
 * once with {@link #onEveryReport}, for new and resumed jobs alike. An incident runs its owners'
 * jobs itself and ends here through {@link #track}.
 */
public final class JobsState {
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
  private final ObservableList<JobViewModel> jobs = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<JobViewModel> current = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper lastSummary = new ReadOnlyStringWrapper("");
  private final List<Consumer<RestoreReport>> everyReport = new CopyOnWriteArrayList<>();

  public JobsState(RestoreRunner runner, UiExecutor ui, DialogService dialogs, Messages messages) {
    this.runner = runner;
    this.ui = ui;
    this.dialogs = dialogs;
    this.messages = messages;
  }

  /**
   * What follows the end of every job, new or resumed, before its own callback (the bin takes the
   * restored rows out). Called on the UI thread, also after a cancel or a pause.
   */
  public void onEveryReport(Consumer<RestoreReport> action) {
    everyReport.add(Objects.requireNonNull(action));
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
    return launch(
        messages.format("job.resumeTitle", title),
        onFinished,
        (progress, cancelled) -> runner.resume(jobId, progress, cancelled));
  }

  /** Resumes the job the panel shows, when it stopped before the end (e.g. sign-in needed). */
  public void resumeCurrent() {
    JobViewModel job = current.get();
    if (job == null || !job.resumableProperty().get() || job.jobId() == null) {
      return;
    }
    job.resume();
  }

  /**
   * An entry for work that runs its own jobs (an incident of several owners): the list, the busy
   * state and the panel's Cancel follow it; it ends through {@link #finished} or {@link #failed}
   * like every job. {@code resume} goes on with it, by its journal id, from the panel.
   */
  public JobViewModel track(String title, Consumer<String> resume) {
    JobViewModel job = new JobViewModel(title, messages, resume);
    jobs.add(job);
    current.set(job);
    busy.set(true);
    return job;
  }

  /** Shows the progress of a {@link #track tracked} entry; on the UI thread. */
  public void progress(JobViewModel job, double fraction, String text) {
    job.progress(fraction, text);
  }

  /** A tracked entry ended in {@code state}; its summary is told as every job's is. */
  public void finished(JobViewModel job, String id, JobState state, String summary) {
    job.finish(id, state, summary);
    ended(job, summary);
    dialogs.jobFinished(job.title(), summary);
  }

  /** A tracked entry could not run; {@code error} is told as every job's failure is. */
  public void failed(JobViewModel job, Throwable error) {
    String text = ErrorMessages.describe(error, messages);
    job.fail(text);
    ended(job, text);
    dialogs.showError(job.title(), text);
  }

  private void ended(JobViewModel job, String text) {
    lastSummary.set(job.title() + "\n" + text);
    updateBusy();
  }

  private JobViewModel launch(String title, Consumer<RestoreReport> onFinished, RunnerCall call) {
    JobViewModel job = track(title, id -> resume(id, title, onFinished));
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
              everyReport.forEach(action -> action.accept(report));
              onFinished.accept(report);
              String text = RestoreSummary.of(report).text(messages);
              job.finish(report, text);
              ended(job, text);
              dialogs.jobFinished(title, text);
            })
        .onFailure(error -> failed(job, error))
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
}
