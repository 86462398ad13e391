package io.recordingrescue.webex;

import java.util.List;

/** Receives a bin scan as it happens. Calls are serialized but may come from worker threads. */
public interface ScanListener {

  /** New recordings of one page (ids not seen before in this scan). */
  void onPage(List<Recording> fresh, ScanProgress progress);

  /** Polled between pages; true stops the scan. */
  default boolean isCancelled() {
    return false;
  }

  ScanListener NONE = (fresh, progress) -> {};
}
