package io.recordingrescue.restore;

/** Where a job stands when the engine returns. Only {@link #COMPLETED} has every id settled. */
public enum JobState {
  /** Every id has exactly one {@link FinalState}. */
  COMPLETED,
  /** The operator cancelled; settled ids are final, the rest can be resumed. */
  CANCELLED,
  /** The token was rejected and could not be refreshed: sign in again, then resume. */
  PAUSED_SIGN_IN,
  /** Webex could not be reached (or looked at) for too long: resume when the network is back. */
  PAUSED_NETWORK,
  /**
   * Only in {@link JobHistory}: the journal ends without a pause or an end line, so the app stopped
   * mid-job (crash, kill, power loss); resume to finish.
   */
  INTERRUPTED;

  public boolean resumable() {
    return this != COMPLETED;
  }
}
