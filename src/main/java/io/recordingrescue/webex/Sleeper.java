package io.recordingrescue.webex;

import java.time.Duration;

/** Waits; swapped for a recording fake in tests so no test measures a real sleep. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());
}
