package io.recordingrescue.cli;

import io.recordingrescue.webex.SignInRequiredException;
import io.recordingrescue.webex.WebexException;

/** Who runs a job, for the journal and the audit export. */
final class Operators {
  private Operators() {}

  static String of(Connection connection) {
    try {
      String email = connection.client().me().primaryEmail();
      return email.isBlank() ? "unknown" : email;
    } catch (SignInRequiredException e) {
      throw e; // A token Webex refuses: stop before sending anything.
    } catch (WebexException e) {
      // The restore itself tells whether the token works; the audit just lacks a name.
      return "unknown";
    }
  }
}
