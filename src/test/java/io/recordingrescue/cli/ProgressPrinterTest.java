package io.recordingrescue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.testsupport.FakeTime;
import io.recordingrescue.webex.ScanProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Progress to a file or a pipe: plain lines, the first at once, then one every few seconds. */
class ProgressPrinterTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final FakeTime time = new FakeTime(Instant.parse("2026-12-03T08:00:00Z"));
  private final ProgressPrinter printer =
      new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, false, time);

  private String[] lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toArray(String[]::new);
  }

  @Test
  void theFirstLineAtOnceThenAtMostOneEveryTwoSecondsAndTheLast() {
    printer.scan(new ScanProgress(0, 12, 0, 0));
    assertThat(lines()).containsExactly("  0% scanning the bin: 0/12 windows, 0 recordings found");

    time.advance(Duration.ofMillis(1_999));
    printer.scan(new ScanProgress(3, 12, 300, 3));
    assertThat(lines()).hasSize(1); // too soon

    time.advance(Duration.ofMillis(1));
    printer.scan(new ScanProgress(6, 12, 600, 6));
    assertThat(lines())
        .hasSize(2)
        .endsWith(" 50% scanning the bin: 6/12 windows, 600 recordings found");

    printer.scan(new ScanProgress(12, 12, 1_200, 12)); // the last, however soon
    assertThat(lines())
        .hasSize(3)
        .endsWith("100% scanning the bin: 12/12 windows, 1200 recordings found");
  }

  @Test
  void quietPrintsNothing() {
    ProgressPrinter quiet =
        new ProgressPrinter(
            new PrintStream(bytes, true, StandardCharsets.UTF_8), false, true, time);
    quiet.scan(new ScanProgress(12, 12, 5, 1));
    assertThat(bytes.size()).isZero();
  }
}
