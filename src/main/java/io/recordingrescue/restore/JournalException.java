package io.recordingrescue.restore;

/**
 * The journal could not be written or read. A job whose journal cannot be written is stopped before
 * its next request: restoring without a record would make a crash lose track of ids.
 */
public final class JournalException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JournalException(String message, Throwable cause) {
    super(message, cause);
  }
}
