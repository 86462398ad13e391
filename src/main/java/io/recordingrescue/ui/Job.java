package io.recordingrescue.ui;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of background work the window starts (a bin scan, a restore, a file written), said in one
 * expression:
 *
 * <pre>{@code
 * Job.of(title, context -> work())
 *     .onCancel(() -> flag.set(true))
 *     .onSuccess(result -> ...)
 *     .onFailure(error -> ...)
 *     .start(ui);
 * }</pre>
 *
 * The work checks its own cancel flag; {@link #cancel()} may be called from any thread (a Cancel
 * button, the jobs list) and runs the {@link #onCancel} action. The callbacks run on the UI thread
 * ({@link UiExecutor#submit}).
 */
public final class Job<T> {
  /** The blocking part, run off the UI thread. */
  @FunctionalInterface
  public interface Work<T> {
    /** Returns a (possibly partial) result also when cancelled. */
    T run(JobContext context) throws Exception;
  }

  private final String title;
  private final Work<T> work;
  private Runnable onCancel = () -> {};
  private Consumer<? super T> onSuccess = result -> {};
  private Consumer<? super Throwable> onFailure;

  private Job(String title, Work<T> work) {
    this.title = Objects.requireNonNull(title);
    this.work = Objects.requireNonNull(work);
  }

  /** Work that {@link #cancel()} does not interrupt until {@link #onCancel} says how. */
  public static <T> Job<T> of(String title, Work<T> work) {
    return new Job<>(title, work);
  }

  /** What {@link #cancel()} does (set a flag, close a listener); nothing by default. */
  public Job<T> onCancel(Runnable action) {
    this.onCancel = Objects.requireNonNull(action);
    return this;
  }

  /** Gets the result on the UI thread, also the partial result of a cancelled job. */
  public Job<T> onSuccess(Consumer<? super T> action) {
    this.onSuccess = Objects.requireNonNull(action);
    return this;
  }

  /** Gets what the work threw, on the UI thread. Every job says what its failure does. */
  public Job<T> onFailure(Consumer<? super Throwable> action) {
    this.onFailure = Objects.requireNonNull(action);
    return this;
  }

  /** Hands the job to {@code ui}; exactly one of the two callbacks is called later. */
  public Job<T> start(UiExecutor ui) {
    ui.submit(this, onSuccess, Objects.requireNonNull(onFailure, "no onFailure for " + title));
    return this;
  }

  /** Shown while it runs. */
  public String title() {
    return title;
  }

  /** Runs the work (the executor calls this off the UI thread). */
  public T run(JobContext context) throws Exception {
    return work.run(context);
  }

  /** Asks the job to stop at the next safe point. */
  public void cancel() {
    onCancel.run();
  }
}
