package io.recordingrescue.app;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The sign-in services this run uses: Webex's from the start, or the embedded sandbox's (started
 * with {@code --sandbox}, or later by "Try it with sample data"). Closes everything it was given.
 * With {@code --sandbox} the run has no services until the sandbox has started, which the window
 * does after it is shown ({@link #started()}, {@link #switchToSandbox()}).
 */
final class RunServices implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(RunServices.class.getName());

  private final Supplier<SignInServices> sandboxStarter;
  private final List<SignInServices> opened = new ArrayList<>();
  private volatile SignInServices current;

  private RunServices(SignInServices first, Supplier<SignInServices> sandboxStarter) {
    this.current = first;
    this.sandboxStarter = sandboxStarter;
    if (first != null) {
      opened.add(first);
    }
  }

  /** These services for the whole run (the sandbox, or a test's). */
  static RunServices fixed(SignInServices services) {
    return new RunServices(services, null);
  }

  /**
   * Webex, with the way to the sandbox open.
   *
   * @param sandboxStarter starts the embedded sandbox's services; called at most once, off the FX
   *     thread
   */
  static RunServices webexOrSandbox(SignInServices webex, Supplier<SignInServices> sandboxStarter) {
    return new RunServices(webex, Objects.requireNonNull(sandboxStarter));
  }

  /**
   * The sandbox only, started later by {@link #switchToSandbox()} ({@code --sandbox}: the window
   * shows first and says that the sandbox is starting).
   *
   * @param sandboxStarter starts the embedded sandbox's services; called at most once, off the FX
   *     thread
   */
  static RunServices sandboxLater(Supplier<SignInServices> sandboxStarter) {
    return new RunServices(null, Objects.requireNonNull(sandboxStarter));
  }

  /** The services in use; null only before a {@link #sandboxLater} run's sandbox has started. */
  SignInServices current() {
    return current;
  }

  /** False only while a {@link #sandboxLater} run waits for its sandbox. */
  boolean started() {
    return current != null;
  }

  /** True while on Webex with a sandbox to switch to. */
  boolean canSwitchToSandbox() {
    SignInServices now = current;
    return sandboxStarter != null && now != null && now.sandbox().isEmpty();
  }

  /**
   * Starts the sandbox and makes it current; the Webex services stay open (idle) until the run
   * ends. Blocking: off the FX thread. Does nothing when already on the sandbox.
   *
   * @throws IllegalStateException when this run has no way to the sandbox
   */
  synchronized void switchToSandbox() {
    if (current != null && current.sandbox().isPresent()) {
      return;
    }
    if (sandboxStarter == null) {
      throw new IllegalStateException("This run has no sandbox to switch to");
    }
    SignInServices sandbox = sandboxStarter.get();
    opened.add(sandbox);
    current = sandbox;
    LOG.log(
        Level.INFO,
        "Using the sandbox with sample data on {0}",
        sandbox.currentSettings().apiBaseUrl());
  }

  @Override
  public synchronized void close() {
    RuntimeException first = null;
    for (int i = opened.size() - 1; i >= 0; i--) {
      try {
        opened.get(i).close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    opened.clear();
    if (first != null) {
      throw first;
    }
  }
}
