package io.recordingrescue.auth;

/**
 * Sign-in did not finish. The message is plain words for the operator and never contains a token,
 * code, verifier or secret; {@link #reason()} lets callers react without parsing it. No cause is
 * attached when the cause could carry a server's raw response.
 */
public final class SignInException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What went wrong, for code that reacts to it. */
  public enum Reason {
    NOT_CONFIGURED,
    PORT_IN_USE,
    STATE_MISMATCH,
    ACCESS_DENIED,
    INVALID_SCOPE,
    PROVIDER_ERROR,
    TIMED_OUT,
    CANCELLED,
    TOKEN_REQUEST_REJECTED,
    TOKEN_REQUEST_FAILED
  }

  private final Reason reason;

  public SignInException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public SignInException(Reason reason, String message, Throwable safeCause) {
    super(message, safeCause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
