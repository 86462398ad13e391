package io.recordingrescue.ui;

import io.recordingrescue.webex.ForbiddenException;
import io.recordingrescue.webex.InvalidRequestException;
import io.recordingrescue.webex.MalformedResponseException;
import io.recordingrescue.webex.RateLimitedException;
import io.recordingrescue.webex.SignInRequiredException;
import io.recordingrescue.webex.WebexException;
import io.recordingrescue.webex.WebexNetworkException;
import java.util.List;
import java.util.Map;

/** Turns a failure into plain words with the next step, and the trackingId when Webex sent one. */
public final class ErrorMessages {
  /** The message key per kind of failure; the first class the error is an instance of wins. */
  private static final List<Map.Entry<Class<? extends Throwable>, String>> KEYS =
      List.of(
          Map.entry(SignInRequiredException.class, "error.signIn"),
          Map.entry(ForbiddenException.class, "error.forbidden"),
          Map.entry(RateLimitedException.class, "error.rateLimited"),
          Map.entry(WebexNetworkException.class, "error.network"),
          Map.entry(MalformedResponseException.class, "error.malformed"),
          Map.entry(InvalidRequestException.class, "error.invalid"),
          Map.entry(WebexException.class, "error.server"),
          Map.entry(InterruptedException.class, "error.interrupted"));

  private ErrorMessages() {}

  public static String describe(Throwable error, Messages m) {
    String key =
        KEYS.stream()
            .filter(k -> k.getKey().isInstance(error))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse("error.unexpected");
    String detail =
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    String text = m.format(key, detail);
    if (error instanceof WebexException w && w.trackingId().isPresent()) {
      text += "\n" + m.format("error.trackingId", w.trackingId().get());
    }
    return text;
  }
}
