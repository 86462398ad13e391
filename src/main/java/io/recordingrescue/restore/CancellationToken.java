package io.recordingrescue.restore;

import java.util.function.BooleanSupplier;

/** Asks a running job to stop between requests. Thread-safe; cancelling twice is harmless. */
public final class CancellationToken {
  private final BooleanSupplier alsoCancelledWhen;
  private volatile boolean cancelled;

  public CancellationToken() {
    this(() -> false);
  }

  private CancellationToken(BooleanSupplier alsoCancelledWhen) {
    this.alsoCancelledWhen = alsoCancelledWhen;
  }

  /** A token that is also cancelled when {@code cancelled} says so (e.g. a UI task's flag). */
  public static CancellationToken of(BooleanSupplier cancelled) {
    return new CancellationToken(cancelled);
  }

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled || alsoCancelledWhen.getAsBoolean();
  }
}
