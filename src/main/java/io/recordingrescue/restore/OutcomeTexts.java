package io.recordingrescue.restore;

import io.recordingrescue.webex.WebexApiException;

/**
 * The sentences an operator reads in reports and pause messages. Kept together so that the same
 * situation is worded the same way in a job by ids and in a restore-all job.
 */
final class OutcomeTexts {

  static final String INTERRUPTED = "The job was interrupted; resume it to finish.";

  private OutcomeTexts() {}

  static String signIn() {
    return "Webex no longer accepts the sign-in and it could not be renewed. Sign in again, then"
        + " resume the job: it keeps its place.";
  }

  /** Webex's own words for an error, or its status when it said nothing. */
  static String webexText(WebexApiException e) {
    String m = e.webexMessage();
    if (m.isBlank() && !e.errorDescriptions().isEmpty()) {
      m = String.join("; ", e.errorDescriptions());
    }
    return m.isBlank() ? "Webex answered " + e.status() + "." : m;
  }

  /** A 4xx that refused a restore; a 403 gets the two likely causes spelled out. */
  static String refusal(WebexApiException e) {
    if (e.status() == 403) {
      return "Forbidden: the recording belongs to another owner, or this account lacks the role"
          + " to restore it (Webex: "
          + webexText(e)
          + ")";
    }
    return "Webex refused to restore it (" + e.status() + "): " + webexText(e);
  }

  /** {@code who} kept failing with 5xx until the attempts ran out. */
  static String keptFailing(String who, WebexApiException e) {
    return who + " kept failing (" + e.status() + "): " + webexText(e);
  }

  /** Webex said yes ({@code what}: "the restore", "restore-all") yet the id stayed in the bin. */
  static String stillInBin(String what, int times) {
    return "Webex accepted "
        + what
        + " "
        + times
        + " times (204) but the recording is still in the recycle bin.";
  }

  static String notSent(String reason) {
    return "Not sent: " + reason;
  }
}
