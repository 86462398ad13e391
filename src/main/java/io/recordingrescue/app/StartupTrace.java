package io.recordingrescue.app;

import java.time.Duration;
import java.time.Instant;

/**
 * With {@code -Drecordingrescue.startupTrace=true}, one line on stderr per start-up step: time
 * since the process started and CPU time the process has used so far (all threads), which tells
 * where the seconds before the first window go even on a loaded machine. The process start time the
 * OS reports is only good to about a second; a script that knows when it launched the app passes
 * that instead, in milliseconds since the epoch ({@code -Drecordingrescue.startupTrace= $(date
 * +%s%3N)}). Off, it does nothing.
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
        "startup-trace: %6d ms since start, %6d ms CPU, %s: %s%n",
        sinceStart, cpu, Thread.currentThread().getName(), step);
  }
}
