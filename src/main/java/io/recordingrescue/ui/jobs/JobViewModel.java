package io.recordingrescue.ui.jobs;

import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.ui.Messages;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One restore job as the window shows it: progress while it runs, then its {@link JobState}, its
 * report and whether it can be resumed. An incident (several owners' jobs) is shown the same way,
 * without a report of its own. Properties change on the UI thread only.
 */
public final class JobViewModel {
  private final String title;
  private final Messages messages;
  private final Consumer<String> resume;
  private final AtomicBoolean cancelRequested = new AtomicBoolean();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
  private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper jobId = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<JobState> state = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<RestoreReport> report = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper resumable = new ReadOnlyBooleanWrapper();

  JobViewModel(String title, Messages messages, Consumer<String> resume) {
    this.title = title;
    this.messages = messages;
    this.resume = resume;
    progressText.set(messages.get("job.starting"));
  }

  public String title() {
    return title;
  }

  /** Goes on with the job (by its journal id) after it stopped before the end. */
  void resume() {
    resumable.set(false);
    resume.accept(jobId.get());
  }

  /** Asks the job to stop between requests; the ids not sent stay in the journal to resume. */
  public void cancel() {
    if (running.get() && !cancelRequested.getAndSet(true)) {
      progressText.set(messages.get("job.cancelling"));
    }
  }

  public boolean isCancelRequested() {
    return cancelRequested.get();
  }

  void update(ProgressEvent event) {
    if (jobId.get() == null && event.jobId() != null) {
      jobId.set(event.jobId());
    }
    String text =
        messages.format(
            "job.progress",
            event.batchesDone(),
            event.batchesTotal(),
            event.idsDone(),
            event.idsTotal());
    if (event.searchingWholeBin() > 0) {
      text += " · " + messages.format("job.searchingWholeBin", event.searchingWholeBin());
    } else if (event.waitReason() != ProgressEvent.WaitReason.NONE) {
      text += " · " + messages.get("job.wait." + event.waitReason().name());
    }
    progress(event.fraction(), text);
  }

  /** How far the job is: {@code fraction} in 0..1, and one line for the list. */
  void progress(double fraction, String text) {
    progress.set(fraction);
    progressText.set(cancelRequested.get() ? messages.get("job.cancelling") : text);
  }

  void finish(RestoreReport finished, String summaryText) {
    report.set(finished);
    finish(finished.jobId(), finished.state(), summaryText);
  }

  /** Ended in {@code endState}: {@code id} is what a resume goes on with. */
  void finish(String id, JobState endState, String summaryText) {
    jobId.set(id);
    state.set(endState);
    resumable.set(endState.resumable());
    running.set(false);
    progress.set(endState == JobState.COMPLETED ? 1 : progress.get());
    progressText.set(messages.get("job.state." + endState.name()));
    summary.set(summaryText);
  }

  void fail(String summaryText) {
    running.set(false);
    progress.set(0);
    progressText.set(messages.get("job.state.FAILED_TO_RUN"));
    summary.set(summaryText);
  }

  /** The journal id once the engine has named it (first progress event), else null. */
  public String jobId() {
    return jobId.get();
  }

  public ReadOnlyStringProperty jobIdProperty() {
    return jobId.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty progressTextProperty() {
    return progressText.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Null while running (or when the job failed before it had a report). */
  public ReadOnlyObjectProperty<JobState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<RestoreReport> reportProperty() {
    return report.getReadOnlyProperty();
  }

  /** Paused, cancelled or cut off: a resume finishes it. */
  public ReadOnlyBooleanProperty resumableProperty() {
    return resumable.getReadOnlyProperty();
  }
}
