package io.recordingrescue.webex;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One creation-time window [from, to) of a bin scan. */
public record ScanWindow(Instant from, Instant to) {

  /** Webex rejects list windows longer than this. */
  public static final Duration MAX_LENGTH = Duration.ofDays(30);

  /** Windows of at most {@link #MAX_LENGTH} covering [end - horizon, end), newest first. */
  public static List<ScanWindow> covering(Instant end, Duration horizon) {
    return covering(end, horizon, MAX_LENGTH);
  }

  /** Windows of at most {@code length} covering [end - horizon, end), newest first. */
  public static List<ScanWindow> covering(Instant end, Duration horizon, Duration length) {
    if (horizon.isNegative() || horizon.isZero()) {
      throw new InvalidRequestException("The scan horizon must be at least one day.");
    }
    Instant start = end.minus(horizon);
    List<ScanWindow> windows = new ArrayList<>();
    for (Instant to = end; to.isAfter(start); to = to.minus(length)) {
      Instant from = to.minus(length);
      windows.add(new ScanWindow(from.isBefore(start) ? start : from, to));
    }
    return windows;
  }
}
