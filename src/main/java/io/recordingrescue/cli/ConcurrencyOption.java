package io.recordingrescue.cli;

import io.recordingrescue.restore.Tuning;
import picocli.CommandLine.Option;

/** {@code --concurrency N}, shared by the commands that run restore jobs. */
final class ConcurrencyOption {
  @Option(
      names = "--concurrency",
      paramLabel = "N",
      description = "Restore requests in flight at once, 1..16 (default ${DEFAULT-VALUE}).")
  int concurrency = Tuning.PRODUCT.engine().concurrency();

  /** The value, or a bad-input error (exit 2) before anything is sent. */
  int value() {
    if (concurrency < 1 || concurrency > 16) {
      throw CliException.badInput(
          "--concurrency must be between 1 and 16, got " + concurrency + ".");
    }
    return concurrency;
  }
}
