package io.recordingrescue.webex;

import java.time.Duration;

/** 429 (or 423): Webex asks us to slow down, usually with a {@code Retry-After}. */
public final class RateLimitedException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  public RateLimitedException(int status, ErrorBody body, String trackingId, Duration retryAfter) {
    super(status, body, trackingId, retryAfter);
  }
}
