package io.recordingrescue.sandbox.oauth;

/** Who a sandbox token speaks for: a plain user or an administrator of the org. */
public enum CallerRole {
  USER("user"),
  ADMIN("admin");

  private final String wireName;

  CallerRole(String wireName) {
    this.wireName = wireName;
  }

  /** The lower-case name used in logs and descriptions ("user" or "admin"). */
  public String wireName() {
    return wireName;
  }
}
