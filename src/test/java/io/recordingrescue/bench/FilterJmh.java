package io.recordingrescue.bench;

import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.recyclebin.RecycleBinViewModel;
import io.recordingrescue.webex.Recording;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The search alone, without a table, over 100,000 rows, two searches per operation ({@code query}
 * and {@code other}): the view model's search (the {@code SearchIndex} and the shown rows' list)
 * against lower-casing topic, owner and id of every recording for every row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FilterJmh {
  @Param({"meet"})
  public String query;

  @Param({"ann"})
  public String other;

  private RecycleBinViewModel vm;
  private List<Recording> recordings;

  @Setup
  public void setUp() throws Exception {
    recordings = BenchData.wireRecordings(100_000);
    vm = BenchFx.viewModel(BenchFx.replay(recordings), UiExecutor.inline());
    vm.refresh();
    if (vm.loaded().rows().size() != recordings.size()) {
      throw new IllegalStateException("loaded " + vm.loaded().rows().size() + " rows");
    }
  }

  @Benchmark
  public int appSearch() {
    vm.searchProperty().set(query);
    int n = vm.loaded().visibleRows().size();
    vm.searchProperty().set(other);
    return n + vm.loaded().visibleRows().size();
  }

  @Benchmark
  public int naivePredicate() {
    return naiveCount(query) + naiveCount(other);
  }

  private int naiveCount(String query) {
    int n = 0;
    for (Recording r : recordings) {
      String haystack =
          (nz(r.topic()) + "\n" + nz(r.ownerEmail()) + "\n" + nz(r.id())).toLowerCase(Locale.ROOT);
      boolean all = true;
      for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
        if (!haystack.contains(word)) {
          all = false;
          break;
        }
      }
      if (all) {
        n++;
      }
    }
    return n;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
