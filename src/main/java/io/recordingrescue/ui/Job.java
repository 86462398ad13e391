package io.recordingrescue.ui;

/**
 * A piece of background work the window starts: a bin scan or a restore. It checks its own cancel
 * flag; {@link #cancel()} may be called from any thread (a Cancel button, the jobs list).
 */
public interface Job<T> {
  /** Shown in the jobs list. */
  String title();

  /** Runs off the FX thread. Returns a (possibly partial) result also when cancelled. */
  T run(JobContext context) throws Exception;

  /** Asks the job to stop at the next safe point. */
  void cancel();
}
