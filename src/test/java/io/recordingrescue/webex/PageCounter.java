package io.recordingrescue.webex;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A scan listener for tests: keeps each page's size and cancels when {@code cancelWhen} says. */
final class PageCounter implements ScanListener {
  private final List<Integer> pageSizes = new ArrayList<>();
  private final Predicate<PageCounter> cancelWhen;

  PageCounter(Predicate<PageCounter> cancelWhen) {
    this.cancelWhen = cancelWhen;
  }

  @Override
  public synchronized void onPage(List<Recording> fresh, ScanProgress progress) {
    pageSizes.add(fresh.size());
  }

  @Override
  public synchronized boolean isCancelled() {
    return cancelWhen.test(this);
  }

  synchronized int pages() {
    return pageSizes.size();
  }

  /** Recordings delivered over all pages. */
  synchronized int recordings() {
    return pageSizes.stream().mapToInt(Integer::intValue).sum();
  }
}
