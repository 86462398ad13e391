package io.recordingrescue.bench;

import io.recordingrescue.sandbox.FaultPlan;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.ui.BinSource;
import io.recordingrescue.ui.FxUiExecutor;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.recyclebin.RecordingRow;
import io.recordingrescue.ui.recyclebin.RecycleBinView;
import io.recordingrescue.ui.recyclebin.RecycleBinViewModel;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.ScanListener;
import io.recordingrescue.webex.ScanProgress;
import io.recordingrescue.webex.WebexClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * The longest time the FX thread cannot answer while 50,000 rows stream in from a sandbox scan into
 * the shown table. A probe posts a runnable every 2 ms and notes how long each waited for the FX
 * thread. Baseline in the same run: the same scan, one {@code Platform.runLater} per row.
 */
final class UiStallBench implements BenchMain.Benchmark {
  private static final boolean PROFILE = Boolean.getBoolean("bench.profile");
  private static final int ROWS = 50_000;
  private static final Duration HORIZON = BinScanner.DEFAULT_HORIZON.plusDays(1);

  @Override
  public void run(BenchReport report) throws Exception {
    BenchFx.startToolkit();
    SandboxConfig config =
        SandboxConfig.builder()
            .recordCount(ROWS)
            .ownerCount(500)
            .deletedFraction(1.0)
            .faults(FaultPlan.none().withLatency(20, 0))
            .build();
    try (SandboxServer sandbox = SandboxServer.start(config)) {
      WebexClient client =
          WebexClient.builder(sandbox.baseUrl(), AccessTokenSource.fixed(sandbox.adminToken()))
              .build();
      BinScanner scanner = BinScanner.forApp(client, Clock.systemUTC());
      BinSource bin = (scope, listener) -> scanner.scan(scope, HORIZON, listener);

      // Warm-up: one load each (JIT, connections), figures from the second.
      loadApp(bin);
      loadNaive(scanner);
      Stall app = loadApp(bin);
      Stall naive = loadNaive(scanner);

      report.figure(
          "ui_stall_load_50k.max_stall",
          app.maxMillis(),
          "ms",
          "target < 50 ms; page batches into the view model, table shown");
      report.figure(
          "ui_stall_load_50k.p99_stall", app.p99Millis(), "ms", "probe every 2 ms during the load");
      report.figure(
          "ui_stall_load_50k.load", app.loadMillis(), "ms", "scan start to last row shown");
      report.figure(
          "ui_stall_load_50k.naive_max_stall",
          naive.maxMillis(),
          "ms",
          "baseline: one Platform.runLater per row");
      report.figure("ui_stall_load_50k.naive_load", naive.loadMillis(), "ms", "baseline load");
      report.figure(
          "ui_stall_load_50k.ratio",
          naive.maxMillis() / app.maxMillis(),
          "x",
          "naive longest stall / app longest stall");
    }
  }

  private record Stall(double maxMillis, double p99Millis, double loadMillis) {}

  /** Posts a probe every 2 ms until stopped; each probe's wait for the FX thread is a sample. */
  private static final class Probe implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong max = new AtomicLong();
    private final java.util.List<Long> waits =
        java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    Probe() {
      timer.scheduleAtFixedRate(
          () -> {
            long posted = System.nanoTime();
            Platform.runLater(
                () -> {
                  long waited = System.nanoTime() - posted;
                  if (PROFILE && waited > 20_000_000) {
                    System.out.printf("  stall %.1f ms at %d%n", waited / 1e6, posted / 1_000_000);
                    Thread.dumpStack();
                  }
                  max.accumulateAndGet(waited, Math::max);
                  waits.add(waited);
                });
          },
          0,
          2,
          TimeUnit.MILLISECONDS);
    }

    Stall stop(long loadNanos) throws Exception {
      timer.shutdownNow();
      timer.awaitTermination(5, TimeUnit.SECONDS);
      BenchFx.onFx(() -> {}); // every posted probe has run
      long[] samples;
      synchronized (waits) {
        samples = waits.stream().mapToLong(Long::longValue).toArray();
      }
      return new Stall(max.get() / 1e6, BenchFx.quantile(samples, 0.99) / 1e6, loadNanos / 1e6);
    }

    @Override
    public void close() {
      timer.shutdownNow();
    }
  }

  private Stall loadApp(BinSource bin) throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      RecycleBinViewModel vm = BenchFx.viewModel(bin, new FxUiExecutor(executor));
      CountDownLatch done = new CountDownLatch(1);
      Stage stage =
          BenchFx.onFx(
              () -> {
                RecycleBinView view = new RecycleBinView(vm, Messages.load(Locale.ENGLISH));
                Stage s = new Stage();
                s.setScene(new Scene(view.root(), 1280, 800));
                s.show();
                vm.loadingProperty()
                    .addListener(
                        (o, was, now) -> {
                          if (!now) {
                            done.countDown();
                          }
                        });
                return s;
              });
      settle();
      long start;
      Stall stall;
      try (Probe probe = new Probe()) {
        start = System.nanoTime();
        BenchFx.onFx(vm::refresh);
        if (!done.await(300, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the load did not finish");
        }
        long elapsed = System.nanoTime() - start;
        stall = probe.stop(elapsed);
      }
      int rows = BenchFx.onFx(() -> vm.rows().size());
      if (rows != ROWS) {
        throw new IllegalStateException("loaded " + rows + " rows, expected " + ROWS);
      }
      BenchFx.onFx(stage::close);
      return stall;
    } finally {
      executor.shutdownNow();
    }
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
          HORIZON,
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
}
