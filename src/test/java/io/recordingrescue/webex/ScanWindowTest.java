package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanWindowTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  @Test
  void yearIsCoveredByThirteenWindowsNewestFirstWithoutGapsOrOverlap() {
    List<ScanWindow> windows = ScanWindow.covering(NOW, Duration.ofDays(365));
    assertThat(windows).hasSize(13);
    assertThat(windows.get(0).to()).isEqualTo(NOW);
    assertThat(windows.get(windows.size() - 1).from()).isEqualTo(NOW.minus(Duration.ofDays(365)));
    for (int i = 0; i < windows.size(); i++) {
      ScanWindow w = windows.get(i);
      assertThat(Duration.between(w.from(), w.to())).isLessThanOrEqualTo(ScanWindow.MAX_LENGTH);
      if (i > 0) {
        assertThat(w.to()).isEqualTo(windows.get(i - 1).from());
      }
    }
  }

  @Test
  void shortHorizonIsOneWindow() {
    assertThat(ScanWindow.covering(NOW, Duration.ofDays(7)))
        .containsExactly(new ScanWindow(NOW.minus(Duration.ofDays(7)), NOW));
  }

  @Test
  void shorterWindowsStillTileTheHorizonExactly() {
    List<ScanWindow> windows = ScanWindow.covering(NOW, Duration.ofDays(365), Duration.ofDays(7));
    assertThat(windows).hasSize(53);
    Duration total =
        windows.stream()
            .map(w -> Duration.between(w.from(), w.to()))
            .reduce(Duration.ZERO, Duration::plus);
    assertThat(total).isEqualTo(Duration.ofDays(365));
  }
}
