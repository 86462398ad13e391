package io.recordingrescue.bench;

import io.recordingrescue.app.AppWiring;
import io.recordingrescue.app.Session;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.ui.main.MainWindow;
import io.recordingrescue.ui.recyclebin.FileFirstSeenLedger;
import io.recordingrescue.ui.recyclebin.RecordingRow;
import io.recordingrescue.ui.recyclebin.RecycleBinViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The real main window, built by {@link AppWiring#mainWindow} on a session, with an executor like
 * the app's (3 workers), a throw-away journal and preferences node. The table sorts newest first,
 * as an operator would have it, so that each load pays for sorted insertion.
 */
final class ProductWindow implements AutoCloseable {
  final MainWindow window;
  final Stage stage;
  private final ExecutorService executor;
  private final Preferences prefs;
  private final Path dataDir;
  private boolean shown;

  private ProductWindow(
      MainWindow window, Stage stage, ExecutorService executor, Preferences prefs, Path dir) {
    this.window = window;
    this.stage = stage;
    this.executor = executor;
    this.prefs = prefs;
    this.dataDir = dir;
  }

  /** Builds the window on the FX thread; nothing is loaded until {@link #load}. */
  static ProductWindow open(Session session, Clock clock) throws Exception {
    BenchFx.startToolkit();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            3,
            r -> {
              Thread t = new Thread(r, "app-worker");
              t.setDaemon(true);
              return t;
            });
    Preferences prefs = Preferences.userRoot().node("recording-rescue-bench/" + UUID.randomUUID());
    // A data folder of its own, as the app's: the journal and the first-seen ledger (a file, as
    // the Launcher wires it; its writes are part of every load).
    Path dataDir = Files.createTempDirectory("rr-bench-data");
    AppWiring.Environment env =
        new AppWiring.Environment(
            executor,
            clock,
            ZoneOffset.UTC,
            Locale.ENGLISH,
            prefs,
            FileFirstSeenLedger.in(dataDir));
    AppWiring.RestoreSetup restore =
        AppWiring.RestoreSetup.product(Journal.inDataDir(dataDir, clock));
    return BenchFx.onFx(
        () -> {
          Stage stage = new Stage();
          MainWindow window = AppWiring.mainWindow(stage, session, env, restore);
          sortNewestFirst(window.binView().table());
          return new ProductWindow(window, stage, executor, prefs, dataDir);
        });
  }

  RecycleBinViewModel vm() {
    return window.binViewModel();
  }

  /**
   * Loads the bin the way the operator does (first: the window opens; then: Refresh) and blocks
   * until the view model says the load ended; returns the nanoseconds from the start to that.
   */
  long load() throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    ChangeListener<Boolean> ended =
        (o, was, now) -> {
          if (!now) {
            done.countDown();
          }
        };
    long start =
        BenchFx.onFx(
            () -> {
              vm().loader().loadingProperty().addListener(ended);
              long t = System.nanoTime();
              if (shown) {
                vm().refresh();
              } else {
                window.show();
                shown = true;
              }
              return t;
            });
    if (!done.await(300, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the window's load did not finish in 300 s");
    }
    long elapsed = System.nanoTime() - start;
    BenchFx.onFx(() -> vm().loader().loadingProperty().removeListener(ended));
    return elapsed;
  }

  /** Rows the table holds now. */
  int rowsShown() throws Exception {
    return BenchFx.onFx(() -> window.binView().table().getItems().size());
  }

  @Override
  public void close() throws IOException {
    try {
      BenchFx.onFx(stage::hide);
      executor.shutdownNow();
      executor.awaitTermination(5, TimeUnit.SECONDS);
      prefs.removeNode();
    } catch (Exception e) {
      throw new IOException("could not close the bench window", e);
    }
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Created, newest first, unless the window already sorts by something. */
  private static void sortNewestFirst(TableView<RecordingRow> table) {
    if (!table.getSortOrder().isEmpty()) {
      return;
    }
    for (TableColumn<RecordingRow, ?> c : table.getColumns()) {
      if ("created".equals(c.getId())) {
        c.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(c);
      }
    }
  }
}
