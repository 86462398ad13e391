package io.recordingrescue.ui;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How the window writes durations, sizes, dates and the purge estimate, in the operator's locale.
 * {@link Locale#ROOT} gives locale-neutral text (ISO dates, a decimal point), which tests use.
 */
public final class Formats {
  /** Webex purges a recording this many days after it was deleted. */
  public static final int RETENTION_DAYS = 30;

  private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

  /** French writes bytes as octets. */
  private static final String[] UNITS_FR = {"o", "ko", "Mo", "Go", "To", "Po"};

  private final DateTimeFormatter dateTime;
  private final DateTimeFormatter exactTime;
  private final Locale locale;

  /** Locale-neutral: {@code 2026-03-01 12:15}. */
  public Formats(ZoneId zone) {
    this(zone, Locale.ROOT);
  }

  /** Dates as the locale writes them, with a four-digit year ("01.03.2026, 12:15" in German). */
  public Formats(ZoneId zone, Locale locale) {
    DateTimeFormatter f =
        Locale.ROOT.equals(locale)
            ? DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
    this.dateTime = f.withZone(zone);
    // Exact times go into tickets and audits: one unambiguous form in every language.
    this.exactTime =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT).withZone(zone);
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** {@link #size(long, Locale)} in this locale. */
  public String size(long bytes) {
    return size(bytes, locale);
  }

  /** {@code h:mm:ss}; hours are not wrapped at 24. The same in every locale. */
  public static String duration(long seconds) {
    long s = Math.max(0, seconds);
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
  }

  /**
   * Decimal units (1 KB = 1000 B), one decimal from KB up, with the locale's decimal separator:
   * "512 B", "1.5 GB", "1,5 GB" (German), "1,5 Go" (French).
   */
  public static String size(long bytes, Locale locale) {
    String[] units = "fr".equals(locale.getLanguage()) ? UNITS_FR : UNITS;
    if (bytes < 1000) {
      return Math.max(0, bytes) + " " + units[0];
    }
    double value = bytes;
    int unit = 0;
    while (value >= 999.95 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    NumberFormat number = NumberFormat.getNumberInstance(locale);
    number.setMinimumFractionDigits(1);
    number.setMaximumFractionDigits(1);
    return number.format(value) + " " + units[unit];
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
