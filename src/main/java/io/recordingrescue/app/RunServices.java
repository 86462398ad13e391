package io.recordingrescue.app;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The sign-in services this run uses: Webex's from the start, or the embedded sandbox's (started
 * with {@code --sandbox}, or later by "Try it with sample data"). Closes everything it was given.
 */
final class RunServices implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(RunServices.class.getName());

  private final Supplier<SignInServices> sandboxStarter;
  private final List<SignInServices> opened = new ArrayList<>();
  private volatile SignInServices current;

  private RunServices(SignInServices first, Supplier<SignInServices> sandboxStarter) {
    this.current = Objects.requireNonNull(first);
    this.sandboxStarter = sandboxStarter;
    opened.add(first);
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

  SignInServices current() {
    return current;
  }

  /** True while on Webex with a sandbox to switch to. */
  boolean canSwitchToSandbox() {
    return sandboxStarter != null && current.sandbox().isEmpty();
  }

  /**
   * Starts the sandbox and makes it current; the Webex services stay open (idle) until the run
   * ends. Blocking: off the FX thread. Does nothing when already on the sandbox.
   *
   * @throws IllegalStateException when this run has no way to the sandbox
   */
  synchronized void switchToSandbox() {
    if (current.sandbox().isPresent()) {
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
        "Switched to the sandbox with sample data on {0}",
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
