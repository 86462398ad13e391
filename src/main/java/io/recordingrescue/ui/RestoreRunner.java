package io.recordingrescue.ui;

import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs one restore job to its end and says what happened to every id. The window does not care
 * whether the restore engine or plain batches do it. Blocking; called off the FX thread.
 */
public interface RestoreRunner {
  RestoreReport run(
      RestoreTarget target, Consumer<ProgressEvent> progress, BooleanSupplier cancelled)
      throws InterruptedException;
}
