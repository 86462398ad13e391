package io.recordingrescue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
  @Test
  void durationIsHoursMinutesSeconds() {
    assertThat(Formats.duration(0)).isEqualTo("0:00:00");
    assertThat(Formats.duration(65)).isEqualTo("0:01:05");
    assertThat(Formats.duration(3 * 3600 + 7)).isEqualTo("3:00:07");
    assertThat(Formats.duration(30 * 3600)).isEqualTo("30:00:00");
  }

  @Test
  void sizeUsesHumanDecimalUnits() {
    Formats root = new Formats(ZoneOffset.UTC);
    assertThat(root.size(0)).isEqualTo("0 B");
    assertThat(root.size(-5)).isEqualTo("0 B");
    assertThat(root.size(999)).isEqualTo("999 B");
    assertThat(root.size(1_500)).isEqualTo("1.5 KB");
    assertThat(root.size(2_340_000_000L)).isEqualTo("2.3 GB");
    assertThat(root.size(999_999)).isEqualTo("1.0 MB");
  }

  @Test
  void sizeUsesTheLocalesDecimalSeparatorAndUnits() {
    assertThat(Formats.size(2_340_000_000L, Locale.ENGLISH)).isEqualTo("2.3 GB");
    assertThat(Formats.size(2_340_000_000L, Locale.GERMAN)).isEqualTo("2,3 GB");
    assertThat(Formats.size(1_500, Locale.JAPANESE)).isEqualTo("1.5 KB");
    assertThat(Formats.size(2_340_000_000L, Locale.FRENCH)).isEqualTo("2,3 Go");
    assertThat(Formats.size(512, Locale.FRENCH)).isEqualTo("512 o");
    assertThat(Formats.size(1_500, Locale.forLanguageTag("es"))).isEqualTo("1,5 KB");
  }

  @Test
  void daysLeftCountsFromFirstSightingAndNeverGoesNegative() {
    Instant now = Instant.parse("2026-03-01T00:00:00Z");
    assertThat(Formats.daysLeftAtMost(now, now)).isEqualTo(30);
    assertThat(Formats.daysLeftAtMost(now.minus(Duration.ofDays(12)), now)).isEqualTo(18);
    assertThat(Formats.daysLeftAtMost(now.minus(Duration.ofDays(45)), now)).isZero();
    assertThat(Formats.daysLeftAtMost(null, now)).isEqualTo(30);
  }

  @Test
  void dateTimeInTheGivenZone() {
    assertThat(new Formats(ZoneOffset.ofHours(2)).dateTime(Instant.parse("2026-03-01T10:15:00Z")))
        .isEqualTo("2026-03-01 12:15");
    assertThat(new Formats(ZoneOffset.UTC).dateTime(null)).isEmpty();
  }

  @Test
  void dateTimeAsTheLocaleWritesIt() {
    Instant t = Instant.parse("2026-03-01T10:15:00Z");
    assertThat(new Formats(ZoneOffset.ofHours(1), Locale.GERMAN).dateTime(t))
        .isEqualTo("01.03.2026, 11:15");
    assertThat(new Formats(ZoneOffset.ofHours(9), Locale.JAPANESE).dateTime(t))
        .isEqualTo("2026/03/01 19:15");
    assertThat(new Formats(ZoneOffset.UTC, Locale.US).dateTime(t))
        .isEqualTo("Mar 1, 2026, 10:15 AM");
    assertThat(new Formats(ZoneOffset.UTC, Locale.GERMAN).dateTime(null)).isEmpty();
  }

  @Test
  void numbersInMessagesFollowTheLocale() {
    assertThat(Messages.load(Locale.GERMAN).format("status.shown", 12_345))
        .isEqualTo("12.345 angezeigt");
    assertThat(Messages.load(Locale.JAPANESE).format("status.shown", 12_345))
        .isEqualTo("12,345 件を表示");
  }
}
