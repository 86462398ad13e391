package io.recordingrescue.bench;

import io.recordingrescue.app.SandboxSession;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.ui.recyclebin.RecycleBinViewModel;
import io.recordingrescue.webex.Recording;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Typing a search over 100,000 rows in the real main window (built by {@code AppWiring}, loaded
 * from a sandbox, table sorted newest first), keystroke by keystroke: time on the FX thread from
 * the keystroke to a window that shows the new rows (filter, sorted view, table listeners, then the
 * CSS and layout passes of the next pulse). Baseline in the same run: a naive table whose predicate
 * lower-cases topic, owner and id of every recording on every keystroke.
 */
final class UiFilterBench implements BenchMain.Benchmark {
  private static final int ROWS = 100_000;
  private static final String TYPED = "meeting";
  private static final boolean PROFILE = Boolean.getBoolean("bench.profile");
  private static final int ROUNDS = 8; // type the word, then erase it, this many times

  @Override
  public void run(BenchReport report) throws Exception {
    BenchFx.startToolkit();
    // The real main window (AppWiring) loads the bin from a sandbox; one fixed clock for both, so
    // that the 365-day scan covers the seeded year.
    Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    SandboxConfig config =
        SandboxConfig.builder()
            .recordCount(ROWS)
            .ownerCount(500)
            .deletedFraction(1.0)
            .clock(clock)
            .build();
    try (SandboxSession session = SandboxSession.start(config, true);
        ProductWindow window = ProductWindow.open(session, clock)) {
      RecycleBinViewModel vm = window.vm();
      window.load();
      int loadedRows = window.rowsShown();
      if (loadedRows != ROWS) {
        throw new IllegalStateException("loaded " + loadedRows + " rows, expected " + ROWS);
      }
      Parent appRoot = BenchFx.onFx(() -> window.stage.getScene().getRoot());
      List<Recording> recordings = session.sandbox().recordings();

      Naive naive = BenchFx.onFx(() -> new Naive(recordings));

      // Warm-up (JIT), then alternate so that both see the same machine.
      typeRounds(q -> vm.searchProperty().set(q), appRoot, 2);
      typeRounds(naive::search, naive.root, 2);
      List<long[]> app = new ArrayList<>();
      List<long[]> base = new ArrayList<>();
      // The collector's pauses while the app's keystrokes are timed: a pause stops the FX thread
      // too, and the baseline's garbage (three strings per row per key) makes them more likely.
      double gcMaxPause = 0;
      int gcPauses = 0;
      for (int i = 0; i < ROUNDS / 2; i++) {
        try (GcPauses pauses = new GcPauses()) {
          app.add(typeRounds(q -> vm.searchProperty().set(q), appRoot, 2));
          gcMaxPause = Math.max(gcMaxPause, pauses.maxMillis());
          gcPauses += pauses.count();
        }
        base.add(typeRounds(naive::search, naive.root, 2));
      }
      long[] appSamples = concat(app);
      long[] baseSamples = concat(base);
      int shownForWord =
          BenchFx.onFx(
              () -> {
                vm.searchProperty().set(TYPED);
                return vm.loaded().visibleRows().size();
              });
      int naiveShown =
          BenchFx.onFx(
              () -> {
                naive.search(TYPED);
                return naive.filtered.size();
              });
      if (shownForWord != naiveShown) {
        throw new IllegalStateException(
            "app shows " + shownForWord + " rows for '" + TYPED + "', naive " + naiveShown);
      }
      BenchFx.onFx(() -> vm.searchProperty().set(""));

      double appMedian = BenchFx.quantile(appSamples, 0.5) / 1e6;
      double appP99 = BenchFx.quantile(appSamples, 0.99) / 1e6;
      double baseMedian = BenchFx.quantile(baseSamples, 0.5) / 1e6;
      double baseP99 = BenchFx.quantile(baseSamples, 0.99) / 1e6;
      String keys = appSamples.length + " keystrokes typing/erasing '" + TYPED + "'";
      report.figure(
          "ui_filter_100k.rows_for_word", shownForWord, "rows", "rows matching '" + TYPED + "'");
      report.figure(
          "ui_filter_100k.median",
          appMedian,
          "ms",
          "main window (AppWiring), sorted newest first; keystroke to laid-out window");
      report.figure("ui_filter_100k.p99", appP99, "ms", "target < 50 ms; " + keys);
      report.figure(
          "ui_filter_100k.gc_max_pause",
          gcMaxPause,
          "ms",
          gcPauses + " collector pauses while the app's keystrokes were timed; the longest");
      report.figure(
          "ui_filter_100k.naive_median", baseMedian, "ms", "baseline: toLowerCase per row per key");
      report.figure("ui_filter_100k.naive_p99", baseP99, "ms", "baseline, same keystrokes");
      report.figure(
          "ui_filter_100k.speedup", baseMedian / appMedian, "x", "naive median / app median");
      BenchFx.onFx(() -> ((Stage) naive.root.getScene().getWindow()).close());
    }
  }

  /**
   * Types {@link #TYPED} and erases it, {@code rounds} times; each keystroke's time on the FX
   * thread.
   */
  private static long[] typeRounds(Consumer<String> search, Parent root, int rounds)
      throws Exception {
    List<String> keys = new ArrayList<>();
    for (int i = 1; i <= TYPED.length(); i++) {
      keys.add(TYPED.substring(0, i));
    }
    for (int i = TYPED.length() - 1; i >= 0; i--) {
      keys.add(TYPED.substring(0, i));
    }
    PulseTimer pulse = BenchFx.onFx(() -> new PulseTimer(root.getScene()));
    long[] samples = new long[keys.size() * rounds];
    int n = 0;
    try {
      for (int r = 0; r < rounds; r++) {
        for (String q : keys) {
          samples[n++] = keystroke(search, q, pulse);
        }
      }
    } finally {
      BenchFx.onFx(pulse::close);
    }
    return samples;
  }

  /**
   * One keystroke: the search on the FX thread, then the CSS and layout passes of the pulse that
   * shows its rows, as in the running app. Not {@code root.applyCss()}: that restyles every node of
   * the window (it forces the root's subtree), which no keystroke in the app does.
   */
  private static long keystroke(Consumer<String> search, String q, PulseTimer pulse)
      throws Exception {
    long[] searched = new long[2];
    CpuUse[] cpu = new CpuUse[1];
    CompletableFuture<Long> laidOut =
        BenchFx.onFx(
            () -> {
              cpu[0] = PROFILE ? new CpuUse(Thread.currentThread().getId()) : null;
              long start = System.nanoTime();
              search.accept(q);
              searched[0] = start;
              searched[1] = System.nanoTime();
              return pulse.next();
            });
    long layout = laidOut.get(30, TimeUnit.SECONDS);
    long filter = searched[1] - searched[0];
    if (PROFILE) {
      CpuUse.Spent spent = BenchFx.onFx(cpu[0]::spent);
      System.out.printf(
          "  key %-8s filter %6.1f ms css+layout %6.1f ms; cpu fx %5.1f, jit %3.0f ms;"
              + " ending at %d%n",
          q,
          filter / 1e6,
          layout / 1e6,
          spent.threadMillis(),
          spent.jitMillis(),
          System.currentTimeMillis());
    }
    return filter + layout;
  }

  /**
   * Times the CSS and layout passes of a scene's next pulse (its pre- and post-layout listeners
   * bracket them). FX thread only.
   */
  private static final class PulseTimer {
    private final Scene scene;
    private final Runnable pre = this::preLayout;
    private final Runnable post = this::postLayout;
    private CompletableFuture<Long> waiting;
    private long started = -1;

    PulseTimer(Scene scene) {
      this.scene = scene;
      scene.addPreLayoutPulseListener(pre);
      scene.addPostLayoutPulseListener(post);
    }

    /** The CSS and layout time of the next pulse, once it has run. */
    CompletableFuture<Long> next() {
      waiting = new CompletableFuture<>();
      started = -1;
      Platform.requestNextPulse();
      return waiting;
    }

    private void preLayout() {
      if (waiting != null) {
        started = System.nanoTime();
      }
    }

    private void postLayout() {
      if (waiting != null && started >= 0) {
        CompletableFuture<Long> done = waiting;
        waiting = null;
        done.complete(System.nanoTime() - started);
      }
    }

    void close() {
      scene.removePreLayoutPulseListener(pre);
      scene.removePostLayoutPulseListener(post);
    }
  }

  private static long[] concat(List<long[]> parts) {
    long[] all = new long[parts.stream().mapToInt(p -> p.length).sum()];
    int at = 0;
    for (long[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  private static void show(Parent root) {
    Stage stage = new Stage();
    stage.setScene(new Scene(root, 1280, 800));
    stage.show();
  }

  /** The obvious implementation: full recordings, a predicate that lower-cases per row. */
  private static final class Naive {
    final FilteredList<Recording> filtered;
    final TableView<Recording> table = new TableView<>();
    final Parent root = table;

    Naive(List<Recording> recordings) {
      ObservableList<Recording> all = FXCollections.observableArrayList(recordings);
      filtered = new FilteredList<>(all, r -> true);
      SortedList<Recording> sorted = new SortedList<>(filtered);
      sorted.comparatorProperty().bind(table.comparatorProperty());
      table.setItems(sorted);
      table.getColumns().add(column("Topic", Recording::topic));
      table.getColumns().add(column("Owner", Recording::ownerEmail));
      table.getColumns().add(column("Type", Recording::ownerType));
      table.getColumns().add(column("Service", Recording::serviceType));
      table.getColumns().add(column("Region", Recording::storageRegion));
      table.getColumns().add(column("Id", Recording::id));
      show(root);
    }

    void search(String query) {
      filtered.setPredicate(
          r -> {
            String haystack =
                (nz(r.topic()) + "\n" + nz(r.ownerEmail()) + "\n" + nz(r.id()))
                    .toLowerCase(Locale.ROOT);
            for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
              if (!haystack.contains(word)) {
                return false;
              }
            }
            return true;
          });
    }

    private static TableColumn<Recording, String> column(
        String title, java.util.function.Function<Recording, String> value) {
      TableColumn<Recording, String> c = new TableColumn<>(title);
      c.setPrefWidth(150);
      c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(nz(value.apply(d.getValue()))));
      return c;
    }

    private static String nz(String s) {
      return s == null ? "" : s;
    }
  }
}
