package io.recordingrescue.restore;

import io.recordingrescue.webex.Recording;

/**
 * What looking at one id found. {@code recording} is null unless Webex showed it; {@code listed}
 * says a bin listing showed it (else the details endpoint was asked).
 */
record Seen(Where where, Recording recording, boolean listed) {

  enum Where {
    /** Listed in the recycle bin (status deleted). */
    IN_BIN,
    /** Details say it is available. */
    AVAILABLE,
    /** A complete bin listing does not show it (restored, or never in this bin). */
    NOT_IN_BIN,
    /** Webex does not know it (404), e.g. purged. */
    GONE,
    /** Webex would not show it (403: another owner's, or a missing role). */
    REFUSED,
    /** Could not look (network, server errors). */
    UNKNOWN
  }

  static Seen of(Where where) {
    return new Seen(where, null, false);
  }
}
