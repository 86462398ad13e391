package io.recordingrescue.auth;

/**
 * No usable token: the operator has to sign in (again). Thrown by {@link
 * TokenManager#currentToken()}; a restore job treats it as "pause", not "fail".
 */
public final class SignInRequiredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SignInRequiredException(String message) {
    super(message);
  }
}
