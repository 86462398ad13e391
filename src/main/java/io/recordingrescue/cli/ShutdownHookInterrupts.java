package io.recordingrescue.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Ctrl+C through a JVM shutdown hook: cancel, then wait briefly so the journal is complete. */
final class ShutdownHookInterrupts implements Interrupts {
  private final Duration grace;

  ShutdownHookInterrupts(Duration grace) {
    this.grace = grace;
  }

  @Override
  public Registration onInterrupt(Runnable cancel) {
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              cancel.run();
              try {
                finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "rescue-ctrl-c");
    Runtime.getRuntime().addShutdownHook(hook);
    return () -> {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running: it sees the latch and lets the JVM end.
      }
    };
  }
}
