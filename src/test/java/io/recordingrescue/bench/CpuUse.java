package io.recordingrescue.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Who had the CPU during an interval: the whole process, one thread (the FX thread), and the JIT
 * compiler. On a 2-core machine the FX thread waits whenever the scan, the sandbox, the collector
 * and the compiler threads keep both cores busy; these figures show how much of a stall was that.
 */
final class CpuUse {
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

  private final long threadId;
  private final long process0;
  private final long thread0;
  private final long jit0;
  private final long wall0;

  /** Starts counting; {@code threadId} is the thread whose own CPU time is reported. */
  CpuUse(long threadId) {
    this.threadId = threadId;
    this.process0 = OS.getProcessCpuTime();
    this.thread0 = THREADS.getThreadCpuTime(threadId);
    this.jit0 = JIT.getTotalCompilationTime();
    this.wall0 = System.nanoTime();
  }

  /** The CPU used since this was made. */
  Spent spent() {
    return new Spent(
        (System.nanoTime() - wall0) / 1e6,
        (OS.getProcessCpuTime() - process0) / 1e6,
        (THREADS.getThreadCpuTime(threadId) - thread0) / 1e6,
        JIT.getTotalCompilationTime() - jit0);
  }

  /**
   * Each live thread's CPU time so far, summed by name with digits dropped ("bin-scan",
   * "sandbox-http-N"), in nanoseconds: two snapshots show who had the cores in between.
   */
  static Map<String, Long> byThreadName() {
    Map<String, Long> byName = new TreeMap<>();
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long nanos = THREADS.getThreadCpuTime(info.getThreadId());
      if (nanos > 0) {
        byName.merge(info.getThreadName().replaceAll("\\d+", "N"), nanos, Long::sum);
      }
    }
    return byName;
  }

  /** The thread groups that used the most CPU between two {@link #byThreadName} snapshots. */
  static String busiest(Map<String, Long> before, Map<String, Long> after, int top) {
    return after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top)
        .map(e -> String.format("%s %.0f ms", e.getKey(), e.getValue() / 1e6))
        .collect(Collectors.joining(", "));
  }

  /**
   * Milliseconds of wall time, process CPU (all cores), the one thread's CPU, and the compiler's
   * time (summed over its threads, as the JVM reports it).
   */
  record Spent(double wallMillis, double processMillis, double threadMillis, double jitMillis) {}
}
