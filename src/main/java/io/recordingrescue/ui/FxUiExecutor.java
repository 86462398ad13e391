package io.recordingrescue.ui;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Production {@link UiExecutor}: each job becomes a {@link Task} on the app's executor. Each screen
 * shows the progress of its own jobs (no generic task list: it repeated every job's progress); a
 * cancelled task reaches {@link Job#cancel()} and the job's partial result is still delivered.
 */
public final class FxUiExecutor implements UiExecutor {
  private final ExecutorService executor;

  public FxUiExecutor(ExecutorService executor) {
    this.executor = executor;
  }

  @Override
  public void onUi(Runnable action) {
    Platform.runLater(action);
  }

  @Override
  public void onUiAfter(Duration delay, Runnable action) {
    CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS)
        .execute(() -> Platform.runLater(action));
  }

  @Override
  public <T> void submit(
      Job<T> job, Consumer<? super T> onDone, Consumer<? super Throwable> onError) {
    JobTask<T> task = new JobTask<>(job, onDone, onError);
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
        Platform.runLater(() -> onDone.accept(result));
      } catch (Exception | Error e) {
        Platform.runLater(() -> onError.accept(e));
      }
      return null;
    }

    @Override
    protected void cancelled() {
      job.cancel();
    }
  }
}
