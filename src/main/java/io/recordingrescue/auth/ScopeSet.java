package io.recordingrescue.auth;

import java.util.List;
import java.util.Locale;

/**
 * The permissions the app asks Webex for. Least privilege: read and restore recordings, read the
 * signed-in person. Never a purge or delete scope.
 */
public enum ScopeSet {
  USER(List.of("spark:recordings_read", "spark:recordings_write", "spark:people_read")),
  ADMIN(
      List.of("spark-admin:recordings_read", "spark-admin:recordings_write", "spark:people_read"));

  private final List<String> scopes;

  ScopeSet(List<String> scopes) {
    this.scopes = scopes;
  }

  public List<String> scopes() {
    return scopes;
  }

  /** Space-separated, as the authorize endpoint wants it. */
  public String asParameter() {
    return String.join(" ", scopes);
  }

  /** Reads "user" or "admin" (any case), naming the setting when the value is something else. */
  public static ScopeSet parse(String value, String settingName) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Setting " + settingName + " must be \"user\" or \"admin\", not \"" + value + "\"", e);
    }
  }
}
