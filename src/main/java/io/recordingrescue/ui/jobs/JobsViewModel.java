package io.recordingrescue.ui.jobs;

import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.ErrorMessages;
import io.recordingrescue.ui.Job;
import io.recordingrescue.ui.JobContext;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.RestoreRunner;
import io.recordingrescue.ui.UiExecutor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Starts restore jobs and keeps what the window shows of them: progress, cancel, summary. */
public final class JobsViewModel {
  private final RestoreRunner runner;
  private final UiExecutor ui;
  private final DialogService dialogs;
  private final Messages messages;
  private final ObservableList<JobViewModel> jobs = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<JobViewModel> current = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper lastSummary = new ReadOnlyStringWrapper("");

  public JobsViewModel(
      RestoreRunner runner, UiExecutor ui, DialogService dialogs, Messages messages) {
    this.runner = runner;
    this.ui = ui;
    this.dialogs = dialogs;
    this.messages = messages;
  }

  /**
   * Starts a job; {@code onFinished} gets the report on the UI thread (also after a cancel) before
   * the summary is shown.
   */
  public JobViewModel start(
      String title, RestoreTarget target, Consumer<RestoreReport> onFinished) {
    JobViewModel job = new JobViewModel(title, messages);
    jobs.add(job);
    current.set(job);
    busy.set(true);
    ui.submit(
        new Job<RestoreReport>() {
          @Override
          public String title() {
            return title;
          }

          @Override
          public RestoreReport run(JobContext context) throws Exception {
            return runner.run(
                target,
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
                job::isCancelRequested);
          }

          @Override
          public void cancel() {
            ui.onUi(job::cancel);
          }
        },
        report -> {
          onFinished.accept(report);
          String text = RestoreSummary.of(report).text(messages);
          job.finish(text, report.cancelled());
          lastSummary.set(title + "\n" + text);
          updateBusy();
          dialogs.jobFinished(title, text);
        },
        error -> {
          String text = ErrorMessages.describe(error, messages);
          job.finish(text, false);
          lastSummary.set(title + "\n" + text);
          updateBusy();
          dialogs.showError(title, text);
        });
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
