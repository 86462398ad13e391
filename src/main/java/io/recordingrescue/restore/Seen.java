package io.recordingrescue.restore;

import io.recordingrescue.webex.Recording;

/** What looking at one id in bin listings found. {@code recording} is null unless one showed it. */
record Seen(Where where, Recording recording) {

  enum Where {
    /** Listed in the recycle bin (status deleted). */
    IN_BIN,
    /** A complete listing of a scope that must hold it does not show it. */
    NOT_IN_BIN,
    /** Could not look (network, server errors, an incomplete listing). */
    UNKNOWN
  }

  static Seen of(Where where) {
    return new Seen(where, null);
  }
}
