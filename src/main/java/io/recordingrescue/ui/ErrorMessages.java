package io.recordingrescue.ui;

import io.recordingrescue.webex.ForbiddenException;
import io.recordingrescue.webex.InvalidRequestException;
import io.recordingrescue.webex.MalformedResponseException;
import io.recordingrescue.webex.RateLimitedException;
import io.recordingrescue.webex.SignInRequiredException;
import io.recordingrescue.webex.WebexException;
import io.recordingrescue.webex.WebexNetworkException;

/** Turns a failure into plain words with the next step, and the trackingId when Webex sent one. */
public final class ErrorMessages {
  private ErrorMessages() {}

  public static String describe(Throwable error, Messages m) {
    String key;
    if (error instanceof SignInRequiredException) {
      key = "error.signIn";
    } else if (error instanceof ForbiddenException) {
      key = "error.forbidden";
    } else if (error instanceof RateLimitedException) {
      key = "error.rateLimited";
    } else if (error instanceof WebexNetworkException) {
      key = "error.network";
    } else if (error instanceof MalformedResponseException) {
      key = "error.malformed";
    } else if (error instanceof InvalidRequestException) {
      key = "error.invalid";
    } else if (error instanceof WebexException) {
      key = "error.server";
    } else if (error instanceof InterruptedException) {
      key = "error.interrupted";
    } else {
      key = "error.unexpected";
    }
    String detail =
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    String text = m.format(key, detail);
    if (error instanceof WebexException w && w.trackingId().isPresent()) {
      text += "\n" + m.format("error.trackingId", w.trackingId().get());
    }
    return text;
  }
}
