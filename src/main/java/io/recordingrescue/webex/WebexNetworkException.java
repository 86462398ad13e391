package io.recordingrescue.webex;

import java.io.IOException;

/**
 * The network failed (no connection, reset, timeout). For a restore, {@link #outcomeUnknown()} says
 * the request may have reached Webex, so the result has to be looked up, never assumed.
 */
public final class WebexNetworkException extends WebexException {
  private static final long serialVersionUID = 1L;

  private final boolean outcomeUnknown;

  public WebexNetworkException(String message, IOException cause, boolean outcomeUnknown) {
    super(message, cause);
    this.outcomeUnknown = outcomeUnknown;
  }

  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
