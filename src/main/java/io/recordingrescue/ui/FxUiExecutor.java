package io.recordingrescue.ui;

import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Production {@link UiExecutor}: each job becomes a {@link Task} on the app's executor, listed in
 * {@link #runningTasks()} (what ControlsFX {@code TaskProgressView} shows) while it runs. Cancel
 * from that list reaches {@link Job#cancel()}; the job's partial result is still delivered.
 */
public final class FxUiExecutor implements UiExecutor {
  private final ExecutorService executor;
  private final ObservableList<Task<?>> running = FXCollections.observableArrayList();

  public FxUiExecutor(ExecutorService executor) {
    this.executor = executor;
  }

  /** Jobs running now; changed on the FX thread only. */
  public ObservableList<Task<?>> runningTasks() {
    return running;
  }

  @Override
  public void onUi(Runnable action) {
    Platform.runLater(action);
  }

  @Override
  public <T> void submit(
      Job<T> job, Consumer<? super T> onDone, Consumer<? super Throwable> onError) {
    JobTask<T> task = new JobTask<>(job, onDone, onError);
    running.add(task);
    executor.execute(task);
  }

  private final class JobTask<T> extends Task<Void> {
    private final Job<T> job;
    private final Consumer<? super T> onDone;
    private final Consumer<? super Throwable> onError;

    JobTask(Job<T> job, Consumer<? super T> onDone, Consumer<? super Throwable> onError) {
      this.job = job;
      this.onDone = onDone;
      this.onError = onError;
      updateTitle(job.title());
    }

    @Override
    protected Void call() {
      // Results go through runLater ourselves: a cancelled Task drops its value, a job must not.
      try {
        T result =
            job.run(
                (fraction, message) -> {
                  if (fraction >= 0) {
                    updateProgress(fraction, 1.0);
                  } else {
                    updateProgress(-1, 1);
                  }
                  updateMessage(message);
                });
        Platform.runLater(
            () -> {
              running.remove(this);
              onDone.accept(result);
            });
      } catch (Exception | Error e) {
        Platform.runLater(
            () -> {
              running.remove(this);
              onError.accept(e);
            });
      }
      return null;
    }

    @Override
    protected void cancelled() {
      job.cancel();
    }
  }
}
