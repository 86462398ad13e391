package io.recordingrescue.ui.signin;

/** A browser sign-in that has started: wait for it (off the FX thread) or cancel it. */
public interface PendingSignIn<S> {

  /**
   * Blocks until the operator answered in the browser and the session is open.
   *
   * @throws io.recordingrescue.auth.SignInException when denied, timed out, cancelled, …
   */
  S await();

  /** Stops waiting; {@link #await()} then fails as cancelled. Any thread. */
  void cancel();
}
