package io.recordingrescue.sandbox.api;

import java.util.Optional;
import java.util.Set;

/** The paths the API serves, each with the one HTTP method it accepts. */
enum ApiRoute {
  LIST("GET"),
  ADMIN_LIST("GET"),
  DETAILS("GET"),
  RESTORE("POST"),
  ME("GET");

  static final String LIST_PATH = "/v1/convergedRecordings";
  static final String ADMIN_LIST_PATH = "/v1/admin/convergedRecordings";
  static final String RESTORE_PATH = "/v1/convergedRecordings/restore";
  static final String ME_PATH = "/v1/people/me";

  // Webex calls this sandbox deliberately does not serve, so they must not look like details.
  private static final Set<String> NOT_SERVED = Set.of("softDelete", "purge", "reassign");

  final String method;

  ApiRoute(String method) {
    this.method = method;
  }

  static Optional<ApiRoute> of(String path) {
    if (path.equals(LIST_PATH)) {
      return Optional.of(LIST);
    }
    if (path.equals(ADMIN_LIST_PATH)) {
      return Optional.of(ADMIN_LIST);
    }
    if (path.equals(RESTORE_PATH)) {
      return Optional.of(RESTORE);
    }
    if (path.equals(ME_PATH)) {
      return Optional.of(ME);
    }
    String id = recordingId(path);
    if (!id.isEmpty() && !id.contains("/") && !NOT_SERVED.contains(id)) {
      return Optional.of(DETAILS);
    }
    return Optional.empty();
  }

  /** What follows {@code /v1/convergedRecordings/} in a details path; empty for other paths. */
  static String recordingId(String path) {
    return path.startsWith(LIST_PATH + "/") ? path.substring(LIST_PATH.length() + 1) : "";
  }

  boolean isList() {
    return this == LIST || this == ADMIN_LIST;
  }
}
