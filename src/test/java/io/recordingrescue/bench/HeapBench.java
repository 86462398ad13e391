package io.recordingrescue.bench;

import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.recyclebin.RecycleBinViewModel;
import io.recordingrescue.webex.Recording;
import java.util.List;

/**
 * Heap kept with 100,000 recordings loaded in the recycle-bin view model (rows, filtered list,
 * first-seen ledger, choices), against the plain {@code List<Recording>} a scan returns. Used heap
 * after full collections, before and after, in one process.
 */
final class HeapBench implements BenchMain.Benchmark {
  private static final int ROWS = 100_000;
  private static final double MB = 1024.0 * 1024.0;

  @Override
  public void run(BenchReport report) throws Exception {
    long before = BenchFx.usedHeapAfterGc();
    List<Recording> raw = BenchData.wireRecordings(ROWS);
    long rawBytes = BenchFx.usedHeapAfterGc() - before;

    int rawSize = raw.size();
    raw = null;

    RecycleBinViewModel vm =
        BenchFx.viewModel(BenchFx.replay(BenchData.wireRecordings(ROWS)), UiExecutor.inline());
    vm.refresh(); // the replayed bin lets go of its recordings: what is left, the view model keeps
    long vmBytes = BenchFx.usedHeapAfterGc() - before;
    int rows = vm.loaded().rows().size();
    if (rows != ROWS || rawSize != ROWS) {
      throw new IllegalStateException("loaded " + rows + " rows, expected " + ROWS);
    }
    report.figure("heap_100k.raw", rawBytes / MB, "MB", "List<Recording> as parsed from JSON");
    report.figure(
        "heap_100k.view_model",
        vmBytes / MB,
        "MB",
        "target < 300 MB; view model with " + rows + " rows (recordings included)");
    report.figure(
        "heap_100k.ratio", (double) vmBytes / rawBytes, "x", "view model / raw recordings");
    report.figure("heap_100k.per_row", (double) vmBytes / rows, "bytes", "view model per row");
  }
}
