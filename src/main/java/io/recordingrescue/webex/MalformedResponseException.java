package io.recordingrescue.webex;

import java.util.Optional;

/** Webex answered 2xx with a body we cannot read (not JSON, or missing required fields). */
public final class MalformedResponseException extends WebexException {
  private static final long serialVersionUID = 1L;

  private final String trackingId;

  public MalformedResponseException(String message, String trackingId, Throwable cause) {
    super(message, cause);
    this.trackingId = trackingId;
  }

  @Override
  public Optional<String> trackingId() {
    return Optional.ofNullable(trackingId);
  }
}
