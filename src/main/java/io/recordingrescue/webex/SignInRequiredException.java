package io.recordingrescue.webex;

/** 401 and no fresh token: the operator has to sign in again. */
public final class SignInRequiredException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public SignInRequiredException(ErrorBody body, String trackingId) {
    super(401, body, trackingId, null);
  }

  private SignInRequiredException(String message) {
    super(401, message);
  }

  /** No usable token on this side (never signed in, or the refresh was refused). */
  public static SignInRequiredException notSignedIn(String message) {
    return new SignInRequiredException(message);
  }
}
