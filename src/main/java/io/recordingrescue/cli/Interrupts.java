package io.recordingrescue.cli;

import java.time.Duration;

/**
 * Where Ctrl+C reaches a command. The JVM runs shutdown hooks on SIGINT; {@link #shutdownHooks}
 * registers one that asks the work to stop and then waits a little for it to write its journal.
 * Tests pass their own implementation to "press Ctrl+C" without a signal.
 */
public interface Interrupts {

  /**
   * Calls {@code cancel} when the operator interrupts. Closing the registration says the work has
   * finished (so a waiting hook may let the JVM end) and removes the hook.
   */
  Registration onInterrupt(Runnable cancel);

  /** An active registration. */
  interface Registration extends AutoCloseable {
    @Override
    void close();
  }

  /** JVM shutdown hooks; the hook waits at most {@code grace} for the work to finish. */
  static Interrupts shutdownHooks(Duration grace) {
    return new ShutdownHookInterrupts(grace);
  }
}
