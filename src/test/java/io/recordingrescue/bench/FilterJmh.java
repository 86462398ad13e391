package io.recordingrescue.bench;

import io.recordingrescue.ui.recyclebin.RecordingRow;
import io.recordingrescue.ui.recyclebin.SearchQuery;
import io.recordingrescue.webex.Recording;
import java.time.Instant;
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
 * The row filter alone, over 100,000 rows: the app's predicate (a query parsed once, a lower-cased
 * key per row) against lower-casing topic, owner and id of every recording for every row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FilterJmh {
  @Param({"meet"})
  public String query;

  private List<RecordingRow> rows;
  private List<Recording> recordings;

  @Setup
  public void setUp() throws Exception {
    recordings = BenchData.wireRecordings(100_000);
    Instant now = Instant.now();
    rows = recordings.stream().map(r -> new RecordingRow(r, now)).toList();
  }

  @Benchmark
  public int appPredicate() {
    SearchQuery q = SearchQuery.parse(query);
    int n = 0;
    for (RecordingRow row : rows) {
      if (row.matches(q)) {
        n++;
      }
    }
    return n;
  }

  @Benchmark
  public int naivePredicate() {
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
