package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.webex.ScanProgress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Pages of one scan waiting for the UI thread. Pages of a fast scan arrive faster than a busy UI
 * thread may take them one event each: they wait here and one UI event takes all that arrived, so
 * the UI queue never backs up. A page is handed over with one UI event unless an event is already
 * on its way, which then takes this page too.
 *
 * <p>Events come at most every {@link #MIN_GAP} while rows stream in: each one changes the table,
 * and each change costs a layout and a repaint of the window (a page per event kept the render
 * thread painting all load long). The UI thread's CPU in a 50,000-row load fell from 323-387 to
 * 125-135 ms with it.
 */
final class PageInbox {
  /**
   * One UI event adds whole pages until it holds this many rows, so that one event never holds the
   * FX thread for long. A fast scan brings about 3,000 rows per {@link #MIN_GAP}: at 1,000 rows an
   * event, each hand-over took three events, each with its own layout and repaint of the table (the
   * UI thread's CPU in a settled 50,000-row load: 92-96 ms at 1,000, 63-87 ms at 4,000).
   */
  static final int ROWS_PER_UI_EVENT = 4_000;

  /** The shortest time from one hand-over to the next: the table fills in ten steps a second. */
  static final Duration MIN_GAP = Duration.ofMillis(100);

  private final UiExecutor ui;
  private final BiConsumer<List<SearchIndex.Page>, ScanProgress> deliver;
  private final ArrayDeque<SearchIndex.Page> pending = new ArrayDeque<>();
  private ScanProgress lastProgress;
  private boolean scheduled;
  private long lastHandOver = System.nanoTime() - MIN_GAP.toNanos();

  /**
   * @param deliver called on the UI thread with each batch of pages and the latest progress
   */
  PageInbox(UiExecutor ui, BiConsumer<List<SearchIndex.Page>, ScanProgress> deliver) {
    this.ui = ui;
    this.deliver = deliver;
  }

  /** On a scan thread: queues a page and, unless one is on its way, one UI event to take it. */
  void put(SearchIndex.Page page, ScanProgress progress) {
    boolean schedule;
    long wait;
    synchronized (this) {
      pending.add(page);
      lastProgress = progress;
      schedule = !scheduled;
      scheduled = true;
      wait = lastHandOver + MIN_GAP.toNanos() - System.nanoTime();
    }
    if (schedule && wait <= 0) {
      ui.onUi(this::drain);
    } else if (schedule) {
      ui.onUiAfter(Duration.ofNanos(wait), this::drain);
    }
  }

  /**
   * On the UI thread: adds what has arrived, about {@link #ROWS_PER_UI_EVENT} rows at a time; the
   * rest goes in a following event.
   */
  void drain() {
    List<SearchIndex.Page> batch = new ArrayList<>();
    ScanProgress progress;
    boolean more;
    synchronized (this) {
      if (pending.isEmpty()) {
        scheduled = false;
        return;
      }
      int rows = 0;
      while (!pending.isEmpty() && rows < ROWS_PER_UI_EVENT) {
        SearchIndex.Page page = pending.poll();
        batch.add(page);
        rows += page.size();
      }
      progress = lastProgress;
      more = !pending.isEmpty();
      scheduled = more;
      lastHandOver = System.nanoTime();
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
