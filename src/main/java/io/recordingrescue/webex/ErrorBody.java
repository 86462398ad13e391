package io.recordingrescue.webex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;

/** Webex's error body: {@code {"message", "errors": [{"description"}], "trackingId"}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorBody(String message, List<ErrorItem> errors, String trackingId) {

  public ErrorBody {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static ErrorBody ofMessage(String message) {
    return new ErrorBody(message, List.of(), null);
  }

  public List<String> descriptions() {
    return errors.stream().map(ErrorItem::description).filter(Objects::nonNull).toList();
  }

  /** One entry of {@code errors}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ErrorItem(String description) {}
}
