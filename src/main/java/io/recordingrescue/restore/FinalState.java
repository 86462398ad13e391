package io.recordingrescue.restore;

/** The one state every id of a finished job ends in. */
public enum FinalState {
  /** Seen in the bin before, seen available after. */
  RESTORED,
  /** Was not in the bin when the job looked: already restored, by us earlier or by someone else. */
  ALREADY_AVAILABLE,
  /** Webex does not know the id (or it was purged). */
  NOT_FOUND,
  /** Webex refused or kept failing; see status, message and trackingId. */
  FAILED
}
