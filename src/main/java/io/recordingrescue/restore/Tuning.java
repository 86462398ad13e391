package io.recordingrescue.restore;

import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.RatePacing;
import io.recordingrescue.webex.ScanSettings;
import io.recordingrescue.webex.WebexClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The one place that decides how the product scans the bin and runs restore jobs. The window
 * ({@code app.AppWiring}), the CLI and the verification listing read {@link #PRODUCT}; the
 * benchmarks drive those entry points, so a change here moves their figures.
 *
 * @param scan how a bin listing is cut into windows and how many are read at once; the same for the
 *     window's load, the CLI's {@code list} and a restore job's verification listing
 * @param engine the restore engine's workers, retries and backoff
 */
public record Tuning(ScanSettings scan, RestoreEngine.Options engine) {

  /**
   * Week-long windows, 8 at once: at 50 ms a request that reads a year of 50,000 recordings about
   * 7x faster than 30-day windows one after the other (list_full_bin). A rate limit is met by the
   * shared gate, which stops every window for the Retry-After, and then by the token's adaptive
   * pace, which keeps the client's scans and restores under the rate Webex accepted instead of
   * running into the limit again.
   */
  public static final Tuning PRODUCT =
      new Tuning(
          new ScanSettings(8, Duration.ofDays(7), RatePacing.adaptive()),
          RestoreEngine.Options.defaults());

  public Tuning {
    Objects.requireNonNull(scan, "scan");
    Objects.requireNonNull(engine, "engine");
  }

  /** A bin scanner with these scan settings. */
  public BinScanner scanner(WebexClient client, Clock clock) {
    return scan.scanner(client, clock);
  }

  /** The gateway a restore job talks to: its verification listing scans with these settings. */
  public WebexRestoreGateway gateway(WebexClient client, Clock clock) {
    return new WebexRestoreGateway(client, scanner(client, clock), BinScanner.DEFAULT_HORIZON);
  }
}
