package io.recordingrescue.ui.recyclebin;

import static io.recordingrescue.ui.Fakes.NOW;
import static io.recordingrescue.ui.Fakes.rec;
import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.ui.Job;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.webex.ScanProgress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Pages reach the UI thread at most every {@link PageInbox#MIN_GAP}, and none is lost. */
class PageInboxTest {
  /** Holds each hand-over (and its delay) until the test runs it, as the UI thread would later. */
  private static final class HeldUi implements UiExecutor {
    final List<Runnable> held = new ArrayList<>();
    final List<Duration> delays = new ArrayList<>();

    @Override
    public void onUi(Runnable action) {
      onUiAfter(Duration.ZERO, action);
    }

    @Override
    public void onUiAfter(Duration delay, Runnable action) {
      delays.add(delay);
      held.add(action);
    }

    void runHeld() {
      List<Runnable> now = new ArrayList<>(held);
      held.clear();
      now.forEach(Runnable::run);
    }

    @Override
    public <T> void submit(
        Job<T> job, Consumer<? super T> onDone, Consumer<? super Throwable> onError) {
      throw new UnsupportedOperationException();
    }
  }

  private static SearchIndex.Page page(String id) {
    return SearchIndex.Page.of(
        List.of(
            new RecordingRow(rec(id, "Topic " + id, "ann@x.com", "user", "calling", 1, NOW), NOW)));
  }

  private final ScanProgress progress = new ScanProgress(0, 4, 1, 1);
  private final HeldUi ui = new HeldUi();
  private final List<String> delivered = new ArrayList<>();
  private final PageInbox inbox =
      new PageInbox(ui, (pages, p) -> pages.forEach(pg -> delivered.add(pg.rows().get(0).id())));

  @Test
  void theFirstPageGoesAtOnceAndTheNextWaitsOutTheGap() {
    inbox.put(page("a"), progress);
    inbox.put(page("b"), progress); // an event is on its way: it takes this page too
    assertThat(ui.delays).containsExactly(Duration.ZERO);
    ui.runHeld();
    assertThat(delivered).containsExactly("a", "b");

    inbox.put(page("c"), progress); // right after a hand-over
    assertThat(ui.delays).hasSize(2);
    assertThat(ui.delays.get(1)).isPositive().isLessThanOrEqualTo(PageInbox.MIN_GAP);
    assertThat(delivered).containsExactly("a", "b"); // not before its event runs
    ui.runHeld();
    assertThat(delivered).containsExactly("a", "b", "c");
  }

  @Test
  void oneEventTakesAtMostItsShareOfRowsAndTheNextFollowsAtOnce() {
    List<Integer> batches = new ArrayList<>();
    PageInbox capped =
        new PageInbox(
            ui,
            (pages, p) -> {
              batches.add(pages.size());
              pages.forEach(pg -> delivered.add(pg.rows().get(0).id()));
            });
    int pages = PageInbox.ROWS_PER_UI_EVENT + 2; // one row each
    for (int i = 0; i < pages; i++) {
      capped.put(page("r" + i), progress);
    }
    ui.runHeld();
    assertThat(batches).containsExactly(PageInbox.ROWS_PER_UI_EVENT);
    assertThat(ui.delays).containsExactly(Duration.ZERO, Duration.ZERO); // the rest: next event
    ui.runHeld();
    assertThat(batches).containsExactly(PageInbox.ROWS_PER_UI_EVENT, 2);
    assertThat(delivered).hasSize(pages).startsWith("r0", "r1").endsWith("r" + (pages - 1));
  }

  @Test
  void theEndOfTheScanTakesWhatIsWaitingWithoutWaitingOutTheGap() {
    inbox.put(page("a"), progress);
    ui.runHeld();
    inbox.put(page("b"), progress); // its event waits out the gap
    List<String> atEnd = new ArrayList<>();

    inbox.drainThen(() -> atEnd.addAll(delivered));

    assertThat(delivered).containsExactly("a", "b"); // at once, not after the gap
    ui.runHeld(); // the delayed event finds nothing left; then the scan's end runs
    assertThat(delivered).containsExactly("a", "b");
    assertThat(atEnd).containsExactly("a", "b");
  }
}
