package io.recordingrescue.testsupport;

import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RecordingValues;
import java.util.List;

/** What is in a sandbox's recycle bins, newest first, as tests pick their ids from it. */
public final class SandboxBins {
  private SandboxBins() {}

  /** Every deleted recording, everyone's. */
  public static List<Recording> deleted(SandboxServer sandbox) {
    return sandbox.recordings().stream()
        .filter(r -> RecordingValues.STATUS_DELETED.equals(r.status()))
        .toList();
  }

  /** The deleted recordings of one owner. */
  public static List<Recording> deletedOf(SandboxServer sandbox, String ownerEmail) {
    return deleted(sandbox).stream().filter(r -> ownerEmail.equals(r.ownerEmail())).toList();
  }

  /** The deleted recordings of everyone but one owner: ids that owner may not restore. */
  public static List<Recording> deletedNotOf(SandboxServer sandbox, String ownerEmail) {
    return deleted(sandbox).stream().filter(r -> !ownerEmail.equals(r.ownerEmail())).toList();
  }

  /** The ids of {@code n} deleted recordings after the first {@code skip}. */
  public static List<String> deletedIds(SandboxServer sandbox, int skip, int n) {
    return deleted(sandbox).stream().skip(skip).limit(n).map(Recording::id).toList();
  }
}
