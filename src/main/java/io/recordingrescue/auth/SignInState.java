package io.recordingrescue.auth;

/** Whether the app can call Webex on the operator's behalf. */
public enum SignInState {
  /** Nobody is signed in (start, or after sign-out). */
  SIGNED_OUT,
  /** A token is available. */
  SIGNED_IN,
  /**
   * The sign-in expired or was revoked and could not be renewed: the operator must sign in again. A
   * running restore pauses and keeps its place.
   */
  SIGN_IN_NEEDED
}
