package io.recordingrescue.webex;

/** A request Webex would reject, refused locally; nothing was sent. */
public final class InvalidRequestException extends WebexException {
  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message) {
    super(message, null);
  }
}
