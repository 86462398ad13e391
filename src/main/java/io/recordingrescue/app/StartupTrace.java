package io.recordingrescue.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * With {@code -Drecordingrescue.startupTrace=true}, one line on stderr per start-up step: time
 * since the process started, CPU time the process has used so far (all threads) and, on Linux, the
 * CPU time of the thread that marks the step (the FX thread's is the first window's critical path),
 * which tell where the seconds before the first window go even on a loaded machine. The process
 * start time the OS reports is only good to about a second; a script that knows when it launched
 * the app passes that instead, in milliseconds since the epoch ({@code
 * -Drecordingrescue.startupTrace= $(date +%s%3N)}). Off, it does nothing.
 */
final class StartupTrace {
  private static final String SETTING = System.getProperty("recordingrescue.startupTrace", "");
  private static final boolean ON = !SETTING.isEmpty() && !"false".equalsIgnoreCase(SETTING);

  private StartupTrace() {}

  static void mark(String step) {
    if (!ON) {
      return;
    }
    ProcessHandle.Info process = ProcessHandle.current().info();
    long sinceStart;
    if (SETTING.chars().allMatch(Character::isDigit)) {
      sinceStart = System.currentTimeMillis() - Long.parseLong(SETTING);
    } else {
      sinceStart =
          process
              .startInstant()
              .map(s -> Duration.between(s, Instant.now()).toMillis())
              .orElse(-1L);
    }
    long cpu = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    System.err.printf(
        "startup-trace: %6d ms since start, %6d ms CPU, %5d ms CPU on %s: %s%n",
        sinceStart, cpu, threadCpuMillis(), Thread.currentThread().getName(), step);
  }

  /**
   * The calling thread's user + system time from {@code /proc/thread-self/stat} (clock ticks of 10
   * ms), -1 where there is none: the runtime has no {@code java.management} for a ThreadMXBean.
   */
  private static long threadCpuMillis() {
    try {
      String stat = Files.readString(Path.of("/proc/thread-self/stat"));
      // Fields after the command name, which is in parentheses and may hold spaces.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
