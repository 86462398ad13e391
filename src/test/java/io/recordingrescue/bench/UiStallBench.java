package io.recordingrescue.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.recordingrescue.app.SandboxSession;
import io.recordingrescue.restore.Tuning;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.faults.FaultPlan;
import io.recordingrescue.ui.recyclebin.RecordingRow;
import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.ScanListener;
import io.recordingrescue.webex.ScanProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The longest time the FX thread cannot answer while 50,000 rows stream from a sandbox scan into
 * the real main window (built by {@code AppWiring}, table sorted newest first), measured once the
 * JIT compiler has settled (the first refresh is reported beside it). A probe posts a runnable
 * every 2 ms and notes how long each waited for the FX thread. Baseline in the same run: the same
 * scan, one {@code Platform.runLater} per row into a sorted table.
 */
final class UiStallBench implements BenchMain.Benchmark {
  private static final boolean PROFILE = Boolean.getBoolean("bench.profile");
  private static final int ROWS = 50_000;

  /** The JIT has settled when its compile time in a load is at most this share of the load. */
  private static final double SETTLED_JIT_SHARE = 0.25;

  /**
   * Refreshes before the one measured, whatever the compiler's share: after other benchmarks in the
   * same JVM that share fell under its bound by the second refresh, while the code only a refresh
   * runs on the FX thread was still being compiled and deoptimised (the FX thread's CPU in that
   * load was 141-202 ms, against 110-120 ms after 11-15 refreshes in a JVM of its own). The same
   * number of loads before the measured one, alone or after the others, measures the same settled
   * window.
   */
  private static final int MIN_REFRESHES = 10;

  private static final int MAX_REFRESHES = 15;

  /**
   * Refreshes from this one on are tallied against the targets, each on its own: one measured load
   * is one draw, and from run to run its p99 fell on either side of the target.
   */
  private static final int TALLIED_FROM_REFRESH = 5;

  private static final double MAX_STALL_TARGET_MILLIS = 50;
  private static final double P99_TARGET_MILLIS = 20;

  @Override
  public void run(BenchReport report) throws Exception {
    BenchFx.startToolkit();
    // One fixed clock for the sandbox and the window: a 365-day scan covers the seeded year.
    Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    SandboxConfig config =
        SandboxConfig.builder()
            .recordCount(ROWS)
            .ownerCount(500)
            .deletedFraction(1.0)
            .clock(clock)
            .faults(FaultPlan.none().withLatency(20, 0))
            .build();
    try (SandboxSession session = SandboxSession.start(config, true);
        ProductWindow window = ProductWindow.open(session, clock)) {
      BinScanner scanner = Tuning.PRODUCT.scanner(session.client(), clock);

      // Warm-up: one load each (connections, first layout), then refreshes until the JIT compiler
      // has settled: on 2 cores its threads take both cores for the first ~15 s of loading (a
      // fresh JVM's first refresh spends ~3 s of compiler time in a 2 s load) and the FX thread
      // waits for a core. The first refresh is reported too, without a target.
      loadApp(window);
      loadNaive(scanner);
      Stall firstRefresh = loadApp(window);
      Stall app = firstRefresh;
      int refreshes = 1;
      // Where a young collection falls in a load is chance, and its pause grows with the rows
      // loaded before it: the longest over every refresh shows the worst case the measured one
      // may have missed.
      double worstPause = firstRefresh.gcMaxPauseMillis();
      List<Stall> tallied = new ArrayList<>();
      while ((refreshes < MIN_REFRESHES
              || app.cpu().jitMillis() > SETTLED_JIT_SHARE * app.loadMillis())
          && refreshes < MAX_REFRESHES) {
        app = loadApp(window);
        refreshes++;
        worstPause = Math.max(worstPause, app.gcMaxPauseMillis());
        if (refreshes >= TALLIED_FROM_REFRESH) {
          tallied.add(app);
        }
      }
      Stall naive = loadNaive(scanner);

      report.figure(
          "ui_stall_load_50k.max_stall",
          app.maxMillis(),
          "ms",
          String.format("target < %.0f ms", MAX_STALL_TARGET_MILLIS)
              + "; main window (AppWiring), table sorted newest first; JVM ThreadPriorityPolicy="
              + vmOption("ThreadPriorityPolicy")
              + " (1: thread priorities act, as in the app's Linux runtime)");
      report.figure(
          "ui_stall_load_50k.p99_stall",
          app.p99Millis(),
          "ms",
          String.format("target < %.0f ms; probe every 2 ms during the load", P99_TARGET_MILLIS));
      report.figure(
          "ui_stall_load_50k.load", app.loadMillis(), "ms", "refresh to last row in the table");
      report.figure(
          "ui_stall_load_50k.gc_max_pause",
          app.gcMaxPauseMillis(),
          "ms",
          "longest collector pause during that load (stops the FX thread too)");
      report.figure(
          "ui_stall_load_50k.gc_max_pause_any_refresh",
          worstPause,
          "ms",
          "longest collector pause in any of the " + refreshes + " refreshes, first included");
      report.figure(
          "ui_stall_load_50k.gc_total_pause",
          app.gcTotalPauseMillis(),
          "ms",
          app.gcPauses() + " collector pauses during that load");
      report.figure(
          "ui_stall_load_50k.fx_cpu",
          app.cpu().threadMillis(),
          "ms",
          "the FX thread's own CPU during that load; a stall it did not spend computing, it spent"
              + " waiting for a core or the collector");
      report.figure(
          "ui_stall_load_50k.process_cpu",
          app.cpu().processMillis(),
          "ms",
          String.format(
              "all threads during that load (%d cores: %.0f ms at most)",
              Runtime.getRuntime().availableProcessors(),
              Runtime.getRuntime().availableProcessors() * app.cpu().wallMillis()));
      report.figure(
          "ui_stall_load_50k.jit_compile",
          app.cpu().jitMillis(),
          "ms",
          "JIT compiler time during that load (summed over its threads)");
      report.figure(
          "ui_stall_load_50k.refreshes",
          refreshes,
          "count",
          String.format(
              "refreshes: at least %d, then until the JIT's compile time was at most %.0f %% of a"
                  + " load (the last one is measured)",
              MIN_REFRESHES, SETTLED_JIT_SHARE * 100));
      long met =
          tallied.stream()
              .filter(
                  t -> t.maxMillis() < MAX_STALL_TARGET_MILLIS && t.p99Millis() < P99_TARGET_MILLIS)
              .count();
      report.figure(
          "ui_stall_load_50k.refreshes_meeting_targets",
          met,
          "count",
          String.format(
              "of the %d refreshes from the %dth on, measured one included: longest < %.0f ms and"
                  + " p99 < %.0f ms, each load on its own (p99s: %s)",
              tallied.size(),
              TALLIED_FROM_REFRESH,
              MAX_STALL_TARGET_MILLIS,
              P99_TARGET_MILLIS,
              tallied.stream()
                  .map(t -> String.format("%.1f", t.p99Millis()))
                  .collect(Collectors.joining(" "))));
      report.figure(
          "ui_stall_load_50k.first_refresh_max_stall",
          firstRefresh.maxMillis(),
          "ms",
          "no target: the first refresh in this JVM, its JIT compiling for "
              + Math.round(firstRefresh.cpu().jitMillis())
              + " ms of a "
              + Math.round(firstRefresh.loadMillis())
              + " ms load");
      report.figure(
          "ui_stall_load_50k.first_refresh_p99_stall",
          firstRefresh.p99Millis(),
          "ms",
          "no target: the first refresh's p99");
      report.figure(
          "ui_stall_load_50k.naive_max_stall",
          naive.maxMillis(),
          "ms",
          "baseline: same scan, one Platform.runLater per row, sorted table");
      report.figure("ui_stall_load_50k.naive_p99_stall", naive.p99Millis(), "ms", "baseline p99");
      report.figure("ui_stall_load_50k.naive_load", naive.loadMillis(), "ms", "baseline load");
      report.figure(
          "ui_stall_load_50k.ratio",
          naive.maxMillis() / app.maxMillis(),
          "x",
          "naive longest stall / app longest stall");
    }
  }

  private static String vmOption(String name) {
    return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
        .getVMOption(name)
        .getValue();
  }

  /** Probe waits, load time, and the collector's pauses in the same interval. */
  private record Stall(
      double maxMillis,
      double p99Millis,
      double loadMillis,
      double gcMaxPauseMillis,
      double gcTotalPauseMillis,
      int gcPauses,
      CpuUse.Spent cpu) {}

  /**
   * Posts a probe every 2 ms until stopped; each probe's wait for the FX thread, counted from when
   * it was due, is a sample. Counted from when it was due, not from when the timer got to post it:
   * a collector pause stops the timer too, and the probes it then posts late would not see the
   * pause they waited through.
   */
  private static final class Probe implements AutoCloseable {
    private static final long PERIOD_NANOS = 2_000_000;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final long start = System.nanoTime();
    private long ticks; // the timer thread's only
    private final AtomicLong max = new AtomicLong();
    private final List<Long> waits = Collections.synchronizedList(new ArrayList<>());

    private final GcPauses gc = new GcPauses();
    private final CpuUse cpu;

    // The FX thread's only: its scheduler times when it last ran a probe.
    private long[] fxTimesAtLastProbe;
    private long lastProbeRan;

    /**
     * Prints where a stall of more than 12 ms went (first probe of each stall only), from the
     * scheduler's counts of the FX thread since it last ran a probe: computing, waiting for a core,
     * or neither (blocked: on the previous frame's rendering, or stopped by a collector pause); or
     * the probe was posted late (its poster waited for a core, or a collector pause stopped it).
     * Wall-clock time, to find the stall in a flight recording of the same run. It reads a file per
     * probe on the FX thread: a profiled run finds causes; its figures are not the benchmark's.
     */
    private void explain(long waited, long due, long posted, long now) {
      long[] fxTimes = Schedstat.AVAILABLE ? Schedstat.read() : null;
      if (waited > 12_000_000 && now - lastProbeRan > 1_000_000) {
        if (fxTimes != null && fxTimesAtLastProbe != null) {
          double computing = (fxTimes[0] - fxTimesAtLastProbe[0]) / 1e6;
          double waitingForCore = (fxTimes[1] - fxTimesAtLastProbe[1]) / 1e6;
          double blocked = Math.max(0, (now - lastProbeRan) / 1e6 - computing - waitingForCore);
          System.out.printf(
              "  stall %.1f ms ending at %d: posted %.1f ms late; FX thread since its last probe:"
                  + " computing %.1f, waiting for a core %.1f, blocked %.1f ms%n",
              waited / 1e6,
              System.currentTimeMillis(),
              (posted - due) / 1e6,
              computing,
              waitingForCore,
              blocked);
        } else {
          System.out.printf(
              "  stall %.1f ms ending at %d%n", waited / 1e6, System.currentTimeMillis());
        }
      }
      fxTimesAtLastProbe = fxTimes;
      lastProbeRan = now;
    }

    Probe() throws Exception {
      cpu = new CpuUse(BenchFx.onFx(() -> Thread.currentThread().getId()));
      timer.scheduleAtFixedRate(
          () -> {
            // A fixed-rate timer runs the ticks it missed at once, each for its own due time.
            long due = start + ticks++ * PERIOD_NANOS;
            long posted = System.nanoTime();
            Platform.runLater(
                () -> {
                  long now = System.nanoTime();
                  long waited = now - due;
                  if (PROFILE) {
                    explain(waited, due, posted, now);
                  }
                  max.accumulateAndGet(waited, Math::max);
                  waits.add(waited);
                });
          },
          0,
          PERIOD_NANOS,
          TimeUnit.NANOSECONDS);
    }

    Stall stop(long loadNanos) throws Exception {
      CpuUse.Spent spent = cpu.spent();
      timer.shutdownNow();
      timer.awaitTermination(5, TimeUnit.SECONDS);
      BenchFx.onFx(() -> {}); // every posted probe has run
      long[] samples;
      synchronized (waits) {
        samples = waits.stream().mapToLong(Long::longValue).toArray();
      }
      gc.close();
      return new Stall(
          max.get() / 1e6,
          BenchFx.quantile(samples, 0.99) / 1e6,
          loadNanos / 1e6,
          gc.maxMillis(),
          gc.totalMillis(),
          gc.count(),
          spent);
    }

    @Override
    public void close() {
      timer.shutdownNow();
      gc.close();
    }
  }

  private Stall loadApp(ProductWindow window) throws Exception {
    settle();
    Stall stall;
    try (Probe probe = new Probe()) {
      long from = System.currentTimeMillis();
      Map<String, Long> threadsBefore = PROFILE ? CpuUse.byThreadName() : Map.of();
      long elapsed = window.load();
      stall = probe.stop(elapsed);
      if (PROFILE) {
        System.out.printf(
            "  app load from %d to %d; CPU by thread: %s%n",
            from,
            System.currentTimeMillis(),
            CpuUse.busiest(threadsBefore, CpuUse.byThreadName(), 8));
      }
    }
    int rows = window.rowsShown();
    if (rows != ROWS) {
      throw new IllegalStateException("loaded " + rows + " rows, expected " + ROWS);
    }
    return stall;
  }

  /** The obvious loader: the same scan, each row handed to the FX thread on its own. */
  private Stall loadNaive(BinScanner scanner) throws Exception {
    ObservableList<RecordingRow> rows = FXCollections.observableArrayList();
    Stage stage =
        BenchFx.onFx(
            () -> {
              TableView<RecordingRow> table = new TableView<>();
              SortedList<RecordingRow> sorted =
                  new SortedList<>(new FilteredList<>(rows, r -> true));
              sorted.comparatorProperty().bind(table.comparatorProperty());
              table.setItems(sorted);
              TableColumn<RecordingRow, String> created =
                  column("Created", r -> String.valueOf(r.createTime()));
              created.setSortType(TableColumn.SortType.DESCENDING);
              table.getColumns().add(created);
              table.getSortOrder().add(created);
              table.getColumns().add(column("Topic", Recording::topic));
              table.getColumns().add(column("Owner", Recording::ownerEmail));
              table.getColumns().add(column("Type", Recording::ownerType));
              table.getColumns().add(column("Service", Recording::serviceType));
              table.getColumns().add(column("Region", Recording::storageRegion));
              table.getColumns().add(column("Id", Recording::id));
              Stage s = new Stage();
              s.setScene(new Scene(table, 1280, 800));
              s.show();
              return s;
            });
    settle();
    long elapsed;
    Stall stall;
    try (Probe probe = new Probe()) {
      long start = System.nanoTime();
      scanner.scan(
          ListScope.org(),
          BinScanner.DEFAULT_HORIZON,
          new ScanListener() {
            @Override
            public void onPage(List<Recording> fresh, ScanProgress progress) {
              Instant now = Instant.now();
              for (Recording r : fresh) {
                RecordingRow row = new RecordingRow(r, now);
                Platform.runLater(() -> rows.add(row));
              }
            }
          });
      BenchFx.onFx(() -> {}); // every row has been added
      elapsed = System.nanoTime() - start;
      stall = probe.stop(elapsed);
    }
    int loaded = BenchFx.onFx(rows::size);
    if (loaded != ROWS) {
      throw new IllegalStateException("naive loaded " + loaded + " rows, expected " + ROWS);
    }
    BenchFx.onFx(stage::close);
    return stall;
  }

  /** Lets the new window's first pulses (CSS, layout, first paint) pass before measuring. */
  private static void settle() throws Exception {
    for (int i = 0; i < 5; i++) {
      Thread.sleep(100);
      BenchFx.onFx(() -> {});
    }
  }

  private static TableColumn<RecordingRow, String> column(
      String title, java.util.function.Function<Recording, String> value) {
    TableColumn<RecordingRow, String> c = new TableColumn<>(title);
    c.setPrefWidth(150);
    c.setCellValueFactory(
        d -> {
          String v = value.apply(d.getValue().recording());
          return new ReadOnlyObjectWrapper<>(v == null ? "" : v);
        });
    return c;
  }

  /**
   * The calling thread's time on a core and time waiting for one, in ns, as Linux counts them
   * ({@code /proc/thread-self/schedstat}); for the profile's stall split only.
   */
  private static final class Schedstat {
    private static final Path FILE = Path.of("/proc/thread-self/schedstat");
    static final boolean AVAILABLE = PROFILE && Files.isReadable(FILE);

    private Schedstat() {}

    static long[] read() {
      try {
        String[] fields = Files.readString(FILE).trim().split(" ");
        return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
