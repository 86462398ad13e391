package io.recordingrescue.sandbox.api;

import java.util.List;

/** A Webex-style error answer: status, message and the descriptions for {@code errors[]}. */
final class ApiException extends RuntimeException {

  private final int status;
  private final List<String> descriptions;

  ApiException(int status, String message) {
    this(status, message, List.of(message));
  }

  ApiException(int status, String message, List<String> descriptions) {
    super(message);
    this.status = status;
    this.descriptions = List.copyOf(descriptions);
  }

  int status() {
    return status;
  }

  List<String> descriptions() {
    return descriptions;
  }
}
