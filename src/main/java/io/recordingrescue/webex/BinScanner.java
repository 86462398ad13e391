package io.recordingrescue.webex;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the whole recycle bin: Webex lists at most 30 days per call and defaults to 7, so the scan
 * walks back to a horizon in windows of at most 30 days, follows each window's pages, drops ids
 * already seen and streams every page to a listener. Windows are independent, so several are read
 * at once ({@link ScanSettings}), all at one request rate that adapts to Webex's 429s ({@link
 * RatePacing}).
 */
public final class BinScanner {
  public static final Duration DEFAULT_HORIZON = Duration.ofDays(365);
  private static final Duration CANCEL_POLL = Duration.ofMillis(100);

  private final WebexClient client;
  private final Clock clock;
  private final ScanSettings settings;

  /** Windows of the longest length Webex allows, {@code concurrency} of them read at once. */
  public BinScanner(WebexClient client, Clock clock, int concurrency) {
    this(client, clock, new ScanSettings(concurrency, ScanWindow.MAX_LENGTH));
  }

  /**
   * Shorter windows spread a bin more evenly over the workers (a window's pages are sequential);
   * they cost little, as only each window's last page is partly empty.
   */
  public BinScanner(WebexClient client, Clock clock, int concurrency, Duration windowLength) {
    this(client, clock, new ScanSettings(concurrency, windowLength));
  }

  public BinScanner(WebexClient client, Clock clock, ScanSettings settings) {
    this.client = client;
    this.clock = clock;
    this.settings = settings;
  }

  /** How this scanner cuts up and parallelises a scan. */
  public ScanSettings settings() {
    return settings;
  }

  /** Scans {@code scope} back to {@code horizon}; blocks until done, cancelled or interrupted. */
  public ScanResult scan(ListScope scope, Duration horizon, ScanListener listener)
      throws InterruptedException {
    List<ScanWindow> windows = settings.windows(clock.instant(), horizon);
    Collector collector = new Collector(listener, windows.size());
    AdaptiveRate pace = settings.pacing().enabled() ? client.pace(settings.pacing()) : null;
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(settings.concurrency(), windows.size()),
            r -> {
              Thread t = new Thread(r, "bin-scan");
              t.setDaemon(true);
              // Parsing pages takes turns with the window's thread on a laptop's few cores; the
              // window's thread must win them, or the table stutters while rows stream in.
              t.setPriority(Thread.MIN_PRIORITY);
              return t;
            });
    List<ScanResult.WindowFailure> failures = new ArrayList<>();
    try {
      List<Future<Optional<WebexException>>> futures = new ArrayList<>();
      for (ScanWindow window : windows) {
        futures.add(pool.submit(() -> scanWindow(scope, window, pace, collector)));
      }
      for (int i = 0; i < futures.size(); i++) {
        ScanWindow window = windows.get(i);
        try {
          awaitOrCancel(futures.get(i), collector, pool)
              .ifPresent(e -> failures.add(new ScanResult.WindowFailure(window, e)));
        } catch (ExecutionException e) {
          throw new IllegalStateException("Bin scan failed unexpectedly", e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return collector.result(failures, clock);
  }

  /**
   * A window's result, empty when it never ran. While it runs, the cancel flag is polled here too:
   * a worker waiting out a Retry-After or its paced turn gets no page to poll it on, so a cancel
   * interrupts the workers and drops the windows not started.
   */
  private static Optional<WebexException> awaitOrCancel(
      Future<Optional<WebexException>> future, Collector collector, ExecutorService pool)
      throws InterruptedException, ExecutionException {
    while (true) {
      try {
        return future.get(CANCEL_POLL.toMillis(), TimeUnit.MILLISECONDS);
      } catch (CancellationException e) {
        return Optional.empty();
      } catch (TimeoutException e) {
        if (!pool.isShutdown() && collector.pollCancelled()) {
          for (Runnable notStarted : pool.shutdownNow()) {
            ((Future<?>) notStarted).cancel(false);
          }
        }
      }
    }
  }

  private Optional<WebexException> scanWindow(
      ListScope scope, ScanWindow window, AdaptiveRate pace, Collector collector) {
    try {
      RecordingPage page =
          client.listPage(scope, ListQuery.deleted(window.from(), window.to()), pace);
      while (true) {
        if (!collector.accept(page.items()) || page.next().isEmpty()) {
          break;
        }
        page = client.nextPage(page.next().get(), pace);
      }
      collector.windowDone();
      return Optional.empty();
    } catch (InvalidRequestException e) {
      throw e;
    } catch (WebexException e) {
      collector.windowDone();
      // A wait cut short by a cancel is not a window Webex failed to give.
      return collector.pollCancelled() ? Optional.empty() : Optional.of(e);
    }
  }

  /** Merges pages from all windows: de-duplicates by id and serializes listener calls. */
  private static final class Collector {
    private final ScanListener listener;
    private final int windowsTotal;
    private final SeenIds seen = new SeenIds();
    // Every recording of the scan, for its result; none when the listener keeps the pages.
    private final List<Recording> all = new ArrayList<>();
    private int found;
    private final AtomicInteger windowsDone = new AtomicInteger();
    private int pages;
    private volatile boolean cancelled;

    Collector(ScanListener listener, int windowsTotal) {
      this.listener = listener;
      this.windowsTotal = windowsTotal;
    }

    /** Takes a page; false when the scan is cancelled and the window should stop. */
    synchronized boolean accept(List<Recording> items) {
      if (pollCancelled() || Thread.currentThread().isInterrupted()) {
        cancelled = true;
        return false;
      }
      List<Recording> fresh = new ArrayList<>(items.size());
      for (Recording r : items) {
        if (seen.add(r.id())) {
          fresh.add(r);
        }
      }
      if (!listener.keepsPages()) {
        all.addAll(fresh);
      }
      found += fresh.size();
      pages++;
      listener.onPage(fresh, progress());
      return true;
    }

    /** Asks the listener, serialized with its pages; once cancelled, stays cancelled. */
    synchronized boolean pollCancelled() {
      if (!cancelled && listener.isCancelled()) {
        cancelled = true;
      }
      return cancelled;
    }

    void windowDone() {
      windowsDone.incrementAndGet();
    }

    private ScanProgress progress() {
      return new ScanProgress(windowsDone.get(), windowsTotal, found, pages);
    }

    synchronized ScanResult result(List<ScanResult.WindowFailure> failures, Clock clock) {
      List<Recording> sorted = new ArrayList<>(all);
      sorted.sort(
          Comparator.comparing(
              Recording::createTime, Comparator.nullsLast(Comparator.reverseOrder())));
      return new ScanResult(sorted, failures, cancelled || listener.isCancelled(), clock.instant());
    }
  }
}
