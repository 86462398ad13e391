package io.recordingrescue.webex;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Webex answered with an error status. Subclasses name the causes an operator can act on. */
public class WebexApiException extends WebexException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String webexMessage;
  private final List<String> errorDescriptions;
  private final String trackingId;
  private final Duration retryAfter;

  public WebexApiException(int status, ErrorBody body, String trackingId, Duration retryAfter) {
    super(describe(status, body, trackingId), null);
    this.status = status;
    this.webexMessage = body.message();
    this.errorDescriptions = body.descriptions();
    this.trackingId = trackingId;
    this.retryAfter = retryAfter;
  }

  /** A failure decided here, not by Webex (no body, no trackingId). */
  protected WebexApiException(int status, String message) {
    super(message, null);
    this.status = status;
    this.webexMessage = "";
    this.errorDescriptions = List.of();
    this.trackingId = null;
    this.retryAfter = null;
  }

  private static String describe(int status, ErrorBody body, String trackingId) {
    String text =
        body.message() == null || body.message().isBlank() ? "no message" : body.message();
    return "Webex answered "
        + status
        + ": "
        + text
        + (trackingId == null ? "" : " (trackingId " + trackingId + ")");
  }

  public int status() {
    return status;
  }

  /** The {@code message} field of Webex's error body, possibly empty. */
  public String webexMessage() {
    return webexMessage == null ? "" : webexMessage;
  }

  /** The {@code errors[].description} entries of Webex's error body. */
  public List<String> errorDescriptions() {
    return errorDescriptions;
  }

  @Override
  public Optional<String> trackingId() {
    return Optional.ofNullable(trackingId);
  }

  /** The wait Webex asked for ({@code Retry-After}), if any. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** Builds the most specific subclass for {@code status}. */
  public static WebexApiException of(
      int status, ErrorBody body, String trackingId, Duration retryAfter) {
    if (status == 401) {
      return new SignInRequiredException(body, trackingId);
    }
    if (status == 403) {
      return new ForbiddenException(body, trackingId);
    }
    if (status == 429 || status == 423) {
      return new RateLimitedException(status, body, trackingId, retryAfter);
    }
    if (status >= 500) {
      return new ServerErrorException(status, body, trackingId, retryAfter);
    }
    return new WebexApiException(status, body, trackingId, retryAfter);
  }
}
