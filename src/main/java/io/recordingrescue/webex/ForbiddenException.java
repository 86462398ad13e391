package io.recordingrescue.webex;

/** 403: the account lacks the role or scope, or the recording belongs to someone else. */
public final class ForbiddenException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(ErrorBody body, String trackingId) {
    super(403, body, trackingId, null);
  }
}
