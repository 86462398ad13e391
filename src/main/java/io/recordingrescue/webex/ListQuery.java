package io.recordingrescue.webex;

import java.time.Instant;

/** Query of one list call: status, creation window [from, to), page size. */
public record ListQuery(String status, Instant from, Instant to, int max) {
  public static final int MAX_PAGE_SIZE = 100;

  public ListQuery {
    if (max < 1 || max > MAX_PAGE_SIZE) {
      throw new InvalidRequestException("Page size must be 1.." + MAX_PAGE_SIZE + ", got " + max);
    }
    if (from != null && to != null && !from.isBefore(to)) {
      throw new InvalidRequestException("The window start must be before its end.");
    }
  }

  /** The recycle bin within [from, to), full pages. */
  public static ListQuery deleted(Instant from, Instant to) {
    return new ListQuery(RecordingValues.STATUS_DELETED, from, to, MAX_PAGE_SIZE);
  }
}
