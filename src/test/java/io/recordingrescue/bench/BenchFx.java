package io.recordingrescue.bench;

import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.ui.BinSource;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.RestoreRunner;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.UserContext;
import io.recordingrescue.ui.jobs.JobsState;
import io.recordingrescue.ui.recyclebin.BinState;
import io.recordingrescue.ui.recyclebin.FileFirstSeenLedger;
import io.recordingrescue.ui.recyclebin.RecycleBinViewModel;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.ScanProgress;
import io.recordingrescue.webex.ScanResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;

/**
 * The JavaFX toolkit (Monocle, headless) and a recycle-bin view model the way the app builds it.
 */
final class BenchFx {
  private static boolean started;

  private BenchFx() {}

  /** Starts the toolkit once per process. */
  static synchronized void startToolkit() throws InterruptedException {
    if (started) {
      return;
    }
    CountDownLatch up = new CountDownLatch(1);
    Platform.startup(up::countDown);
    Platform.setImplicitExit(false);
    // The theme the app sets at start (RecordingRescueApp): its looked-up colours feed app.css.
    Platform.runLater(
        () ->
            Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    if (!up.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("JavaFX did not start within 30 s");
    }
    started = true;
  }

  /** Runs {@code work} on the FX thread and waits for its result. */
  static <T> T onFx(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Platform.runLater(task);
    return task.get(120, TimeUnit.SECONDS);
  }

  static void onFx(Runnable work) throws Exception {
    onFx(
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * An admin's view model over {@code bin}, with the app's first-seen ledger (a file in a temporary
   * data folder, deleted on exit); restores are not part of any benchmark.
   */
  static RecycleBinViewModel viewModel(BinSource bin, UiExecutor ui) throws IOException {
    Path dataDir = Files.createTempDirectory("rr-bench-data");
    dataDir.toFile().deleteOnExit();
    FileFirstSeenLedger ledger = FileFirstSeenLedger.in(dataDir);
    ledger.file().toFile().deleteOnExit();
    Messages messages = Messages.load(Locale.ENGLISH);
    DialogService dialogs =
        new DialogService() {
          @Override
          public boolean confirm(String title, String header, String details) {
            return false;
          }

          @Override
          public void showError(String title, String message) {}

          @Override
          public void jobFinished(String title, String summary) {}

          @Override
          public Optional<Path> chooseSaveFile(
              String title, String suggestedName, String extension) {
            return Optional.empty();
          }
        };
    JobsState jobs =
        new JobsState(
            new RestoreRunner() {
              @Override
              public RestoreReport run(
                  RestoreTarget target,
                  Consumer<ProgressEvent> progress,
                  BooleanSupplier cancelled) {
                throw new IllegalStateException("benchmarks restore nothing through the window");
              }

              @Override
              public RestoreReport resume(
                  String jobId, Consumer<ProgressEvent> progress, BooleanSupplier cancelled) {
                throw new IllegalStateException("benchmarks restore nothing through the window");
              }
            },
            ui,
            dialogs,
            messages);
    return new RecycleBinViewModel(
        new BinState(Clock.systemUTC(), ZoneOffset.UTC, jobs),
        bin,
        ui,
        dialogs,
        jobs,
        messages,
        ledger,
        new UserContext("Bench", "admin@bench.example.com", true));
  }

  /**
   * A bin that hands over {@code recordings} in pages of 100, as a scan would, and then lets go of
   * them (so that a heap figure counts only what the view model keeps).
   */
  static BinSource replay(List<Recording> recordings) {
    List<Recording> pending = new ArrayList<>(recordings);
    return (ListScope scope, io.recordingrescue.webex.ScanListener listener) -> {
      int pages = 0;
      for (int from = 0; from < pending.size(); from += 100) {
        List<Recording> page =
            List.copyOf(pending.subList(from, Math.min(from + 100, pending.size())));
        pages++;
        listener.onPage(page, new ScanProgress(0, 1, from + page.size(), pages));
      }
      pending.clear();
      return new ScanResult(List.of(), List.of(), false, Instant.now());
    };
  }

  /** Heap in use after a few full collections, in bytes. */
  static long usedHeapAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** The {@code q}-quantile (0..1) of {@code samples}, nearest rank. */
  static double quantile(long[] samples, double q) {
    long[] sorted = samples.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }
}
