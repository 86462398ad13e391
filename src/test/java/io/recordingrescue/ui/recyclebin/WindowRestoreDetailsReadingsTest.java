package io.recordingrescue.ui.recyclebin;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.IdHint;
import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.api.DetailsReading;
import io.recordingrescue.ui.EngineOnSandbox;
import io.recordingrescue.webex.Recording;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The window's restore path (the hints "Restore selected" builds from loaded rows, or none for
 * pasted ids, then the window's runner on the real engine) under each reading of the details
 * endpoint that Webex's reference allows: every id ends in its true state.
 */
class WindowRestoreDetailsReadingsTest {
  @TempDir Path dir;

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (DetailsReading reading : DetailsReading.values()) {
      for (int n : new int[] {20, 120}) {
        out.add(Arguments.of(reading, n, true));
        out.add(Arguments.of(reading, n, false));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}, {1} ids, from loaded rows {2}")
  @MethodSource("cases")
  void everyIdEndsInItsTrueState(DetailsReading reading, int n, boolean fromRows) throws Exception {
    try (EngineOnSandbox env =
        new EngineOnSandbox(
            dir,
            SandboxConfig.builder()
                .seed(17)
                .recordCount(600)
                .deletedFraction(0.6)
                .detailsReading(reading)
                .build())) {
      List<Recording> deleted =
          env.sandbox.recordings().stream()
              .filter(r -> "deleted".equals(r.status()))
              .limit(n)
              .toList();
      List<Recording> available =
          env.sandbox.recordings().stream()
              .filter(r -> "available".equals(r.status()))
              .limit(2)
              .toList();
      List<RecordingRow> rows = new ArrayList<>();
      deleted.forEach(r -> rows.add(new RecordingRow(r, Instant.EPOCH)));
      List<String> ids = new ArrayList<>(rows.stream().map(RecordingRow::id).toList());
      available.forEach(r -> ids.add(r.id()));
      Map<String, IdHint> hints = fromRows ? BinRestorer.hintsOf(rows) : Map.of();

      RestoreReport report =
          env.runner.run(new RestoreTarget.ByIds(ids, hints), e -> {}, () -> false);

      assertThat(report.state()).isEqualTo(JobState.COMPLETED);
      for (Recording r : deleted) {
        assertThat(report.byId().get(r.id()).state()).as(r.id()).isEqualTo(FinalState.RESTORED);
        assertThat(env.sandbox.find(r.id()).orElseThrow().status()).isEqualTo("available");
      }
      for (Recording r : available) {
        assertThat(report.byId().get(r.id()).state())
            .as(r.id())
            .isEqualTo(FinalState.ALREADY_AVAILABLE);
      }
    }
  }
}
