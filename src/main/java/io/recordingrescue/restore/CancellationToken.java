package io.recordingrescue.restore;

/** Asks a running job to stop between requests. Thread-safe; cancelling twice is harmless. */
public final class CancellationToken {
  private volatile boolean cancelled;

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }
}
