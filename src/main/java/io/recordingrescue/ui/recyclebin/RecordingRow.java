package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.webex.Recording;
import java.time.Instant;
import java.util.Locale;

/**
 * One table row: the recording and when this app first saw it in the bin (the base of the purge
 * estimate; Webex does not say when an item was deleted).
 *
 * <p>Built off the UI thread, once per recording. The text the search looks at (topic, owner
 * e-mail, id, lower-cased) lives in the {@link SearchIndex}, one string per page, not in each row:
 * every object a row holds is one more for the collector to copy while a big bin loads. Rows
 * compare by identity: a table of 100,000 rows should not hash whole recordings.
 */
public final class RecordingRow {
  private final Recording recording;
  private final Instant firstSeenDeleted;
  // The table's sorted view keeps this row's place in its order here (see SortedRows).
  private int sortRank = -1;

  public RecordingRow(Recording recording, Instant firstSeenDeleted) {
    this.recording = recording;
    this.firstSeenDeleted = firstSeenDeleted;
  }

  public Recording recording() {
    return recording;
  }

  /** When this app first saw the recording in the bin; null when unknown. */
  public Instant firstSeenDeleted() {
    return firstSeenDeleted;
  }

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
    return matches(SearchQuery.parse(query));
  }

  /** The same for a query parsed once. The table's search reads {@link SearchIndex} instead. */
  public boolean matches(SearchQuery query) {
    return query.test(searchKeyOf(recording));
  }

  int sortRank() {
    return sortRank;
  }

  void sortRank(int rank) {
    sortRank = rank;
  }

  /** Topic, owner e-mail and id, lower-cased, one per line (a word never spans two fields). */
  static String searchKeyOf(Recording r) {
    return (orEmpty(r.topic()) + "\n" + orEmpty(r.ownerEmail()) + "\n" + orEmpty(r.id()))
        .toLowerCase(Locale.ROOT);
  }

  /** The text shown for a value Webex left out. */
  static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  @Override
  public String toString() {
    return "RecordingRow[" + recording.id() + "]";
  }
}
