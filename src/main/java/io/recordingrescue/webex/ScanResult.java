package io.recordingrescue.webex;

import java.time.Instant;
import java.util.List;

/**
 * What a bin scan found, newest first, and which windows could not be read (the bin may hold more
 * than {@link #recordings()} when {@link #failures()} is not empty). Empty {@link #recordings()}
 * when the scan's listener kept the pages itself ({@link ScanListener#keepsPages()}).
 */
public record ScanResult(
    List<Recording> recordings,
    List<WindowFailure> failures,
    boolean cancelled,
    Instant finishedAt) {

  public ScanResult {
    recordings = List.copyOf(recordings);
    failures = List.copyOf(failures);
  }

  public boolean complete() {
    return failures.isEmpty() && !cancelled;
  }

  /** A window that failed after the client's retries. */
  public record WindowFailure(ScanWindow window, WebexException error) {}
}
