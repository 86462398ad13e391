package io.recordingrescue.webex;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How a bin scan is cut up and how much of it runs at once: windows of {@code windowLength} (Webex
 * allows up to 30 days per call), {@code concurrency} of them read at the same time, at a request
 * rate that {@code pacing} learns from Webex's 429s. The product's values live in one place ({@code
 * restore.Tuning.PRODUCT}); tests and the sequential baseline build their own.
 */
public record ScanSettings(int concurrency, Duration windowLength, RatePacing pacing) {

  /** Adaptive pacing ({@link RatePacing#adaptive()}). */
  public ScanSettings(int concurrency, Duration windowLength) {
    this(concurrency, windowLength, RatePacing.adaptive());
  }

  public ScanSettings {
    if (concurrency < 1 || concurrency > 32) {
      throw new IllegalArgumentException("scan concurrency must be 1..32, was " + concurrency);
    }
    if (windowLength == null
        || windowLength.compareTo(ScanWindow.MAX_LENGTH) > 0
        || windowLength.toHours() < 1) {
      throw new IllegalArgumentException("window length must be 1 hour to 30 days");
    }
    if (pacing == null) {
      throw new IllegalArgumentException("pacing is required");
    }
  }

  /** One 30-day window after the other: what a plain admin script does. */
  public static ScanSettings sequential() {
    return new ScanSettings(1, ScanWindow.MAX_LENGTH);
  }

  /** The windows a scan ending at {@code end} reads to cover {@code horizon}, newest first. */
  public List<ScanWindow> windows(Instant end, Duration horizon) {
    return ScanWindow.covering(end, horizon, windowLength);
  }

  /** A scanner over {@code client} with these settings. */
  public BinScanner scanner(WebexClient client, Clock clock) {
    return new BinScanner(client, clock, this);
  }
}
