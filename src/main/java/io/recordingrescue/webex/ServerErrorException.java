package io.recordingrescue.webex;

import java.time.Duration;

/** 5xx: Webex failed; safe to retry reads, a restore's outcome must be checked. */
public final class ServerErrorException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public ServerErrorException(int status, ErrorBody body, String trackingId, Duration retryAfter) {
    super(status, body, trackingId, retryAfter);
  }
}
