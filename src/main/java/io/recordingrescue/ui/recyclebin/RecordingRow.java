package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.webex.Recording;
import java.time.Instant;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * One table row: a recording and when this app first saw it in the bin (the base of the purge
 * estimate; Webex does not say when an item was deleted).
 *
 * <p>Built off the UI thread, once per recording, and kept small in objects: a young collection
 * during a big load copies every row loaded since the last one, and its pause (which stops the UI
 * thread too) grows with the number of objects copied. So a row is one object holding numbers and
 * references, plus one string for its own text (id, topic and call session, end to end); the times
 * are kept as numbers, and the repeating strings (owner, format, status, ...) are shared between
 * rows by {@link RowFactory}. The text the search looks at lives in the {@link SearchIndex}, one
 * string per page. {@link #recording()} builds the recording again when one is needed (details,
 * restore, copy). Rows compare by identity: a table of 100,000 rows should not hash whole
 * recordings.
 */
public final class RecordingRow {
  // Which values Webex left out: null, as opposed to empty or zero.
  private static final int NO_ID = 1;
  private static final int NO_TOPIC = 1 << 1;
  private static final int NO_CALL_SESSION = 1 << 2;
  private static final int NO_SERVICE_DATA = 1 << 3;
  private static final int NO_CREATE_TIME = 1 << 4;
  private static final int NO_TIME_RECORDED = 1 << 5;

  /** Id, topic and call session id, end to end. */
  private final String text;

  private final int idEnd;
  private final int topicEnd;
  private final int absent;
  private final long createSeconds;
  private final int createNanos;
  private final long recordedSeconds;
  private final int recordedNanos;
  private final long durationSeconds;
  private final long sizeBytes;
  private final String format;
  private final String serviceType;
  private final String status;
  private final String ownerId;
  private final String ownerEmail;
  private final String ownerType;
  private final String storageRegion;
  private final String locationId;
  private final Instant firstSeenDeleted;
  // The table's sorted view keeps this row's place in its order here (see SortedRows).
  private int sortRank = -1;

  public RecordingRow(Recording recording, Instant firstSeenDeleted) {
    this(recording, firstSeenDeleted, UnaryOperator.identity());
  }

  /**
   * The same, each repeating string (format, service type, status, owner, region, location) passed
   * through {@code shared}, so that rows can share one copy ({@link RowFactory}).
   */
  RecordingRow(Recording recording, Instant firstSeenDeleted, UnaryOperator<String> shared) {
    Recording.ServiceData data = recording.serviceData();
    String callSessionId = data == null ? null : data.callSessionId();
    this.text = orEmpty(recording.id()) + orEmpty(recording.topic()) + orEmpty(callSessionId);
    this.idEnd = orEmpty(recording.id()).length();
    this.topicEnd = idEnd + orEmpty(recording.topic()).length();
    this.absent =
        (recording.id() == null ? NO_ID : 0)
            | (recording.topic() == null ? NO_TOPIC : 0)
            | (callSessionId == null ? NO_CALL_SESSION : 0)
            | (data == null ? NO_SERVICE_DATA : 0)
            | (recording.createTime() == null ? NO_CREATE_TIME : 0)
            | (recording.timeRecorded() == null ? NO_TIME_RECORDED : 0);
    Instant created = recording.createTime();
    this.createSeconds = created == null ? 0 : created.getEpochSecond();
    this.createNanos = created == null ? 0 : created.getNano();
    Instant recorded = recording.timeRecorded();
    this.recordedSeconds = recorded == null ? 0 : recorded.getEpochSecond();
    this.recordedNanos = recorded == null ? 0 : recorded.getNano();
    this.durationSeconds = recording.durationSeconds();
    this.sizeBytes = recording.sizeBytes();
    this.format = shared.apply(recording.format());
    this.serviceType = shared.apply(recording.serviceType());
    this.status = shared.apply(recording.status());
    this.ownerId = shared.apply(recording.ownerId());
    this.ownerEmail = shared.apply(recording.ownerEmail());
    this.ownerType = shared.apply(recording.ownerType());
    this.storageRegion = shared.apply(recording.storageRegion());
    this.locationId = data == null ? null : shared.apply(data.locationId());
    this.firstSeenDeleted = firstSeenDeleted;
  }

  /** The recording as Webex listed it, built again (a new object each call). */
  public Recording recording() {
    return new Recording(
        id(),
        topic(),
        createTime(),
        timeRecorded(),
        format,
        serviceType,
        durationSeconds,
        sizeBytes,
        status,
        ownerId,
        ownerEmail,
        ownerType,
        storageRegion,
        has(NO_SERVICE_DATA) ? null : new Recording.ServiceData(locationId, callSessionId()));
  }

  /** When this app first saw the recording in the bin; null when unknown. */
  public Instant firstSeenDeleted() {
    return firstSeenDeleted;
  }

  public String id() {
    return has(NO_ID) ? null : text.substring(0, idEnd);
  }

  public String topic() {
    return has(NO_TOPIC) ? null : text.substring(idEnd, topicEnd);
  }

  String callSessionId() {
    return has(NO_CALL_SESSION) ? null : text.substring(topicEnd);
  }

  public Instant createTime() {
    return has(NO_CREATE_TIME) ? null : Instant.ofEpochSecond(createSeconds, createNanos);
  }

  Instant timeRecorded() {
    return has(NO_TIME_RECORDED) ? null : Instant.ofEpochSecond(recordedSeconds, recordedNanos);
  }

  /** Orders by creation time, unknown first, without building an {@link Instant}. */
  static int compareCreateTime(RecordingRow a, RecordingRow b) {
    boolean aUnknown = a.has(NO_CREATE_TIME);
    boolean bUnknown = b.has(NO_CREATE_TIME);
    if (aUnknown || bUnknown) {
      return Boolean.compare(!aUnknown, !bUnknown);
    }
    int bySeconds = Long.compare(a.createSeconds, b.createSeconds);
    return bySeconds != 0 ? bySeconds : Integer.compare(a.createNanos, b.createNanos);
  }

  public long durationSeconds() {
    return durationSeconds;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  String format() {
    return format;
  }

  String serviceType() {
    return serviceType;
  }

  String status() {
    return status;
  }

  String ownerType() {
    return ownerType;
  }

  String storageRegion() {
    return storageRegion;
  }

  /** The owner's e-mail; empty when Webex left it out. */
  public String ownerEmail() {
    return ownerEmail == null ? "" : ownerEmail;
  }

  /** Whether every word of {@code query} occurs in the topic, owner e-mail or id. */
  public boolean matches(String query) {
    return matches(SearchQuery.parse(query));
  }

  /** The same for a query parsed once. The table's search reads {@link SearchIndex} instead. */
  public boolean matches(SearchQuery query) {
    return query.test(searchKey());
  }

  int sortRank() {
    return sortRank;
  }

  void sortRank(int rank) {
    sortRank = rank;
  }

  /** Topic, owner e-mail and id, lower-cased, one per line (a word never spans two fields). */
  String searchKey() {
    return (text.substring(idEnd, topicEnd) + "\n" + ownerEmail() + "\n" + text.substring(0, idEnd))
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Appends {@link #searchKey} to {@code out} without building it: a page of rows then costs one
   * string, not four per row. Returns false, having appended part of it, at a capital sigma or a
   * dotted capital I, whose lower case {@code String.toLowerCase} takes from their neighbours or
   * writes as two characters; the caller then appends {@link #searchKey} instead.
   */
  boolean appendSearchKey(StringBuilder out) {
    if (!appendLowerCase(text, idEnd, topicEnd, out)) {
      return false;
    }
    out.append('\n');
    String email = ownerEmail();
    if (!appendLowerCase(email, 0, email.length(), out)) {
      return false;
    }
    out.append('\n');
    return appendLowerCase(text, 0, idEnd, out);
  }

  /** {@code String.toLowerCase(Locale.ROOT)} but for its two characters that depend on context. */
  private static boolean appendLowerCase(String s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; ) {
      int c = s.codePointAt(i);
      if (c == '\u03A3' || c == '\u0130') {
        return false;
      }
      out.appendCodePoint(Character.toLowerCase(c));
      i += Character.charCount(c);
    }
    return true;
  }

  private boolean has(int flag) {
    return (absent & flag) != 0;
  }

  /** The text shown for a value Webex left out. */
  static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  @Override
  public String toString() {
    return "RecordingRow[" + id() + "]";
  }
}
