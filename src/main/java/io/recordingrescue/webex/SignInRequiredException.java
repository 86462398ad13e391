package io.recordingrescue.webex;

/** 401 and no fresh token: the operator has to sign in again. */
public final class SignInRequiredException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public SignInRequiredException(ErrorBody body, String trackingId) {
    super(401, body, trackingId, null);
  }
}
