package io.recordingrescue.app;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, then kept: for the parts of the app that are costly
 * to build (OkHttp's client sets up TLS and loads Kotlin) and that the first window does not need.
 */
final class FirstUse<T> implements Supplier<T> {
  private final Supplier<? extends T> maker;
  private T value;

  FirstUse(Supplier<? extends T> maker) {
    this.maker = Objects.requireNonNull(maker);
  }

  @Override
  public synchronized T get() {
    if (value == null) {
      value = Objects.requireNonNull(maker.get());
    }
    return value;
  }

  synchronized boolean made() {
    return value != null;
  }

  /** Runs {@code action} on the value if it has been made; never makes it. */
  void ifMade(Consumer<? super T> action) {
    T made;
    synchronized (this) {
      made = value;
    }
    if (made != null) {
      action.accept(made);
    }
  }
}
