package io.recordingrescue.ui.jobs;

import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.ui.Messages;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One restore job as the window shows it. Properties change on the UI thread only. */
public final class JobViewModel {
  private final String title;
  private final Messages messages;
  private final AtomicBoolean cancelRequested = new AtomicBoolean();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
  private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

  JobViewModel(String title, Messages messages) {
    this.title = title;
    this.messages = messages;
    progressText.set(messages.get("job.starting"));
  }

  public String title() {
    return title;
  }

  /** Asks the job to stop after the batch in flight; the ids not sent are reported. */
  public void cancel() {
    if (running.get() && !cancelRequested.getAndSet(true)) {
      progressText.set(messages.get("job.cancelling"));
    }
  }

  public boolean isCancelRequested() {
    return cancelRequested.get();
  }

  void update(ProgressEvent event) {
    progress.set(event.fraction());
    String text =
        messages.format(
            "job.progress",
            event.batchesDone(),
            event.batchesTotal(),
            event.idsDone(),
            event.idsTotal());
    if (event.waitReason() != ProgressEvent.WaitReason.NONE) {
      text += " · " + messages.get("job.wait." + event.waitReason().name());
    }
    progressText.set(cancelRequested.get() ? messages.get("job.cancelling") : text);
  }

  void finish(String summaryText, boolean cancelled) {
    running.set(false);
    progress.set(1);
    progressText.set(messages.get(cancelled ? "job.cancelled" : "job.done"));
    summary.set(summaryText);
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
}
