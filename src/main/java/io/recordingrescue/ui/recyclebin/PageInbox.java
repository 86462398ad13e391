package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.webex.ScanProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Pages of one scan waiting for the UI thread. Pages of a fast scan arrive faster than a busy UI
 * thread may take them one event each: they wait here and one UI event takes all that arrived, so
 * the UI queue never backs up. A page is handed over with one UI event unless an event is already
 * on its way, which then takes this page too.
 */
final class PageInbox {
  /** The most rows one UI event adds, so that one event never holds the FX thread for long. */
  static final int ROWS_PER_UI_EVENT = 1_000;

  private final UiExecutor ui;
  private final BiConsumer<List<RecordingRow>, ScanProgress> deliver;
  private final List<RecordingRow> pending = new ArrayList<>();
  private ScanProgress lastProgress;
  private boolean scheduled;

  /**
   * @param deliver called on the UI thread with each chunk of rows and the latest progress
   */
  PageInbox(UiExecutor ui, BiConsumer<List<RecordingRow>, ScanProgress> deliver) {
    this.ui = ui;
    this.deliver = deliver;
  }

  /** On a scan thread: queues a page and, unless one is on its way, one UI event to take it. */
  void put(List<RecordingRow> batch, ScanProgress progress) {
    boolean schedule;
    synchronized (this) {
      pending.addAll(batch);
      lastProgress = progress;
      schedule = !scheduled;
      scheduled = true;
    }
    if (schedule) {
      ui.onUi(this::drain);
    }
  }

  /**
   * On the UI thread: adds what has arrived, at most {@link #ROWS_PER_UI_EVENT} rows at a time; the
   * rest goes in a following event.
   */
  void drain() {
    List<RecordingRow> batch;
    ScanProgress progress;
    boolean more;
    synchronized (this) {
      if (pending.isEmpty()) {
        scheduled = false;
        return;
      }
      List<RecordingRow> head = pending.subList(0, Math.min(ROWS_PER_UI_EVENT, pending.size()));
      batch = new ArrayList<>(head);
      head.clear();
      progress = lastProgress;
      more = !pending.isEmpty();
      scheduled = more;
    }
    deliver.accept(batch, progress);
    if (more) {
      ui.onUi(this::drain);
    }
  }

  /** On the UI thread: adds the rest, chunk by chunk, then runs {@code then}. */
  void drainThen(Runnable then) {
    boolean empty;
    synchronized (this) {
      empty = pending.isEmpty();
    }
    if (empty) {
      then.run();
      return;
    }
    drain();
    ui.onUi(() -> drainThen(then));
  }
}
