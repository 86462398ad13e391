package io.recordingrescue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
    assertThat(Formats.size(0)).isEqualTo("0 B");
    assertThat(Formats.size(999)).isEqualTo("999 B");
    assertThat(Formats.size(1_500)).isEqualTo("1.5 KB");
    assertThat(Formats.size(2_340_000_000L)).isEqualTo("2.3 GB");
    assertThat(Formats.size(999_999)).isEqualTo("1.0 MB");
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
}
