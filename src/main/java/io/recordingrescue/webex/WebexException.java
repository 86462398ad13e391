package io.recordingrescue.webex;

import java.util.Optional;

/**
 * Base of every failure the webex package reports. Messages are written for the operator and never
 * contain a token; {@link #trackingId()} is what Webex support asks for.
 */
public abstract class WebexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected WebexException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Webex's trackingId of the failed call, when the server sent one. */
  public Optional<String> trackingId() {
    return Optional.empty();
  }
}
