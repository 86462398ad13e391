package io.recordingrescue.sandbox.api;

/**
 * How {@code GET /v1/convergedRecordings/{id}} treats recordings: Webex's reference allows each of
 * these readings, so the app must work under all of them.
 */
public enum DetailsReading {
  /** Any recording, in the bin or not, with its status; a user gets 403 for others'. */
  RETURNS_BIN_ITEMS,
  /** Recordings in the recycle bin are 404 (as if gone); the others as above. */
  BIN_ITEMS_404,
  /** Only the caller's own recordings are shown, to an administrator too; others' are 404. */
  OWN_ONLY
}
