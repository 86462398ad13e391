package io.recordingrescue.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the window writes durations, sizes, dates and the purge estimate. */
public final class Formats {
  /** Webex purges a recording this many days after it was deleted. */
  public static final int RETENTION_DAYS = 30;

  private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

  private final DateTimeFormatter dateTime;
  private final DateTimeFormatter exactTime;

  public Formats(ZoneId zone) {
    this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
    this.exactTime =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT).withZone(zone);
  }

  /** {@code h:mm:ss}; hours are not wrapped at 24. */
  public static String duration(long seconds) {
    long s = Math.max(0, seconds);
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
  }

  /** Decimal units (1 KB = 1000 B), one decimal from KB up: "0 B", "512 B", "1.5 GB". */
  public static String size(long bytes) {
    if (bytes < 1000) {
      return Math.max(0, bytes) + " B";
    }
    double value = bytes;
    int unit = 0;
    while (value >= 999.95 && unit < UNITS.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : dateTime.format(instant);
  }

  /** To the second, with the zone's offset: "2026-11-29 14:44:03 +01:00". */
  public String exactTime(Instant instant) {
    return instant == null ? "" : exactTime.format(instant);
  }

  /**
   * Upper estimate of the days before Webex purges an item first seen in the bin at {@code
   * firstSeenDeleted}: it was deleted then or earlier, so it is purged 30 days after that or
   * sooner. Never negative.
   */
  public static long daysLeftAtMost(Instant firstSeenDeleted, Instant now) {
    if (firstSeenDeleted == null) {
      return RETENTION_DAYS;
    }
    long days = Duration.between(firstSeenDeleted, now).toDays();
    return Math.max(0, RETENTION_DAYS - Math.max(0, days));
  }

  /** The purge estimate as the window writes it: "≤ 23". */
  public static String daysLeftText(long days) {
    return "≤ " + days;
  }
}
