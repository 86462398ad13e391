package io.recordingrescue.cli;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** Ctrl+C for tests: {@link #press()} runs every registered cancel, as the JVM hook would. */
final class ManualInterrupts implements Interrupts {
  private final List<Runnable> active = new CopyOnWriteArrayList<>();
  final CountDownLatch registered = new CountDownLatch(1);

  @Override
  public Registration onInterrupt(Runnable cancel) {
    active.add(cancel);
    registered.countDown();
    return () -> active.remove(cancel);
  }

  void press() {
    active.forEach(Runnable::run);
  }
}
