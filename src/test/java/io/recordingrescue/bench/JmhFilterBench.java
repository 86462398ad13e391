package io.recordingrescue.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link FilterJmh} through JMH's runner in one forked JVM, few short iterations (the figure
 * is a ratio of two averages, so a rough run is enough).
 */
final class JmhFilterBench implements BenchMain.Benchmark {
  @Override
  public void run(BenchReport report) throws Exception {
    Options options =
        new OptionsBuilder()
            .include(FilterJmh.class.getName() + "\\.")
            .forks(1)
            .warmupIterations(2)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(3)
            .measurementTime(TimeValue.seconds(1))
            .shouldFailOnError(true)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    double app = Double.NaN;
    double naive = Double.NaN;
    for (RunResult r : results) {
      String method = r.getParams().getBenchmark();
      double score = r.getPrimaryResult().getScore();
      if (method.endsWith(".appSearch")) {
        app = score;
      } else if (method.endsWith(".naivePredicate")) {
        naive = score;
      }
    }
    report.figure(
        "jmh_filter.app", app, "ms/op", "JMH: view model search, two queries over 100,000 rows");
    report.figure(
        "jmh_filter.naive", naive, "ms/op", "JMH: lower-case per row per key, same two queries");
    report.figure("jmh_filter.speedup", naive / app, "x", "naive / app");
  }
}
