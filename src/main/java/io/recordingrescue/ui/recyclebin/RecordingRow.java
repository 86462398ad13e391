package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.webex.Recording;
import java.time.Instant;
import java.util.Locale;

/**
 * One table row: the recording and when this app first saw it in the bin (the base of the purge
 * estimate; Webex does not say when an item was deleted).
 */
public record RecordingRow(Recording recording, Instant firstSeenDeleted) {

  public String id() {
    return recording.id();
  }

  public long sizeBytes() {
    return recording.sizeBytes();
  }

  public String ownerEmail() {
    return recording.ownerEmail() == null ? "" : recording.ownerEmail();
  }

  /** Whether every word of {@code query} occurs in the topic, owner e-mail or id. */
  public boolean matches(String query) {
    if (query == null || query.isBlank()) {
      return true;
    }
    String haystack =
        (nz(recording.topic()) + "\n" + ownerEmail() + "\n" + nz(recording.id()))
            .toLowerCase(Locale.ROOT);
    for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
      if (!haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
