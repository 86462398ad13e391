package io.recordingrescue.webex;

import java.util.List;

/** Receives a bin scan as it happens. Calls are serialized but may come from worker threads. */
public interface ScanListener {

  /** New recordings of one page (ids not seen before in this scan). */
  void onPage(List<Recording> fresh, ScanProgress progress);

  /**
   * True when this listener keeps each page itself: the scan then keeps no list of its own, and its
   * result lists no recordings. A window loading a big bin would otherwise hold every recording
   * twice while it loads (its rows, and the scan's list), and each young collection in the load
   * would copy both.
   */
  default boolean keepsPages() {
    return false;
  }

  /** Polled between pages; true stops the scan. */
  default boolean isCancelled() {
    return false;
  }

  ScanListener NONE = (fresh, progress) -> {};
}
