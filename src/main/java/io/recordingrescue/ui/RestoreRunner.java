package io.recordingrescue.ui;

import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs one restore job to its end (or a pause, or a cancel) and says what happened to every id.
 * Blocking; called off the FX thread. {@code progress} is called from the runner's threads.
 */
public interface RestoreRunner {
  RestoreReport run(
      RestoreTarget target, Consumer<ProgressEvent> progress, BooleanSupplier cancelled)
      throws InterruptedException;

  /** Finishes a job that was paused, cancelled or cut off, keeping what it had settled. */
  RestoreReport resume(String jobId, Consumer<ProgressEvent> progress, BooleanSupplier cancelled)
      throws InterruptedException;
}
