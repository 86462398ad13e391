package io.recordingrescue.auth;

/**
 * Told when the sign-in state changes. Called on the thread that caused the change (often an OkHttp
 * thread), never while a lock is held; a UI hops to its own thread.
 */
@FunctionalInterface
public interface SignInStateListener {

  /**
   * @param message plain words for the operator (never a token)
   */
  void signInStateChanged(SignInState state, String message);
}
