package io.recordingrescue.ui;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The one seam between view models and threads. Production runs jobs on the app's executor and
 * delivers results on the FX thread; tests use {@link #inline()} so view models are tested without
 * a toolkit and without waiting.
 */
public interface UiExecutor {

  /** Runs {@code action} on the UI thread (later, unless already there in tests). */
  void onUi(Runnable action);

  /** Runs {@code action} on the UI thread once {@code delay} has passed (tests: at once). */
  void onUiAfter(Duration delay, Runnable action);

  /**
   * Runs {@code job} in the background; exactly one of {@code onDone} / {@code onError} is then
   * called on the UI thread, also after a cancel (with the job's partial result).
   */
  <T> void submit(Job<T> job, Consumer<? super T> onDone, Consumer<? super Throwable> onError);

  /** Everything on the calling thread, at once: for view-model tests. */
  static UiExecutor inline() {
    return new UiExecutor() {
      @Override
      public void onUi(Runnable action) {
        action.run();
      }

      @Override
      public void onUiAfter(Duration delay, Runnable action) {
        action.run();
      }

      @Override
      public <T> void submit(
          Job<T> job, Consumer<? super T> onDone, Consumer<? super Throwable> onError) {
        T result;
        try {
          result = job.run(JobContext.NONE);
        } catch (Exception e) {
          onError.accept(e);
          return;
        }
        onDone.accept(result);
      }
    };
  }
}
