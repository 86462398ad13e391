package io.recordingrescue.bench;

import io.recordingrescue.sandbox.SandboxServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every benchmark in one process against the sandbox: {@code mvn -B -q -Pbench verify}. Each
 * timing is a ratio against a baseline measured in the same run, so a busy machine cancels out.
 * Arguments name the benchmarks to run (default: all).
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    SandboxServer.preferImmediateReplies(); // before the first sandbox starts
    Map<String, Benchmark> all = new LinkedHashMap<>();
    all.put("list_full_bin", new ListFullBinBench());
    all.put("restore_10k", new RestoreBench());
    all.put("restore_ticket", new RestoreTicketBench());
    all.put("ui_filter_100k", new UiFilterBench());
    all.put("ui_stall_load_50k", new UiStallBench());
    all.put("heap_100k", new HeapBench());
    all.put("jmh_filter", new JmhFilterBench());
    // -Dbench=a,b (or "a b") arrives as one argument.
    List<String> named =
        java.util.Arrays.stream(args)
            .flatMap(a -> java.util.Arrays.stream(a.split("[,\\s]+")))
            .filter(a -> !a.isBlank())
            .toList();
    List<String> chosen = named.isEmpty() ? List.copyOf(all.keySet()) : named;
    BenchReport report = new BenchReport();
    for (String name : chosen) {
      Benchmark bench = all.get(name);
      if (bench == null) {
        System.err.println("Unknown benchmark " + name + "; known: " + all.keySet());
        System.exit(2);
      }
      System.out.println("# " + name);
      bench.run(report);
    }
    report.printSummary();
    // The JavaFX toolkit's thread is not a daemon: end the process when the figures are out.
    System.exit(0);
  }

  /** One end-to-end benchmark. */
  interface Benchmark {
    void run(BenchReport report) throws Exception;
  }
}
