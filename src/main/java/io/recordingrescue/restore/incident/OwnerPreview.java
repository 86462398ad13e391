package io.recordingrescue.restore.incident;

import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.RecordingSpan;
import java.time.Instant;

/**
 * What one owner has in the recycle bin now, from the admin listing with {@code ownerEmail}. {@code
 * message} says why when the status is not {@link Status#IN_BIN} or {@link Status#EMPTY}.
 */
public record OwnerPreview(
    EmailAddress owner,
    Status status,
    int count,
    long totalBytes,
    Instant oldest,
    Instant newest,
    String message) {

  /** A preview whose numbers are {@code span}'s. */
  public static OwnerPreview of(
      EmailAddress owner, Status status, RecordingSpan span, String message) {
    return new OwnerPreview(
        owner, status, span.count(), span.totalBytes(), span.oldest(), span.newest(), message);
  }

  /** Where an owner stands before the incident runs. */
  public enum Status {
    /** Recordings in the bin: the owner is restored unless the operator unticks them. */
    IN_BIN,
    /** Nothing in the bin: nothing to send. */
    EMPTY,
    /** Webex answered 403: not in the operator's organisation, or not allowed. Never sent. */
    NOT_ALLOWED,
    /** The listing failed part-way: the count may be low; the owner can still be restored. */
    INCOMPLETE,
    /** The listing failed altogether (network, 5xx): preview again before restoring. */
    FAILED
  }

  /**
   * Owners the incident restores unless unticked: they have (or may have) recordings in the bin.
   */
  public boolean restorable() {
    return status == Status.IN_BIN || status == Status.INCOMPLETE;
  }
}
