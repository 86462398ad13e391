package io.recordingrescue.cli;

/** What the signed-in account may do, as detected: the admin list answers, or 403. */
public enum Role {
  ADMIN,
  USER;

  String label() {
    return this == ADMIN ? "administrator" : "user";
  }
}
