package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.webex.Recording;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the rows of one scan and shares the strings that repeat from row to row (owner e-mail and
 * id, owner type, service type, format, status, region, location): Jackson makes a new copy of each
 * for every recording, which is about half of the heap a big bin takes. The pool lives as long as
 * the scan's rows, not for the whole process as {@link String#intern()} would.
 */
final class RowFactory {
  private final Map<String, String> pool = new HashMap<>();

  /** May be called from several threads one after the other (the scan's pages are serialized). */
  synchronized RecordingRow row(Recording r, Instant firstSeenDeleted) {
    return new RecordingRow(r, firstSeenDeleted, this::shared);
  }

  private String shared(String s) {
    if (s == null) {
      return null;
    }
    String known = pool.putIfAbsent(s, s);
    return known == null ? s : known;
  }
}
