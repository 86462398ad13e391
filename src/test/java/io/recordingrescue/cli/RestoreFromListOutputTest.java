package io.recordingrescue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.api.DetailsReading;
import io.recordingrescue.sandbox.api.RequestRecord;
import io.recordingrescue.testsupport.SandboxBins;
import io.recordingrescue.webex.Recording;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code list --format csv|json} fed back through {@code restore --ids-file}, under each reading of
 * the details endpoint: the ids' createTime and owner narrow the checks to the windows that hold
 * them, and every id ends restored.
 */
class RestoreFromListOutputTest {
  @TempDir Path dataDir;

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (DetailsReading reading : DetailsReading.values()) {
      out.add(Arguments.of(reading, true, "csv"));
      out.add(Arguments.of(reading, false, "json"));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}, admin {1}, {2}")
  @MethodSource("cases")
  void listOutputRestoresWithNarrowedChecks(DetailsReading reading, boolean admin, String format)
      throws Exception {
    try (SandboxServer sandbox =
        SandboxServer.start(
            SandboxConfig.builder()
                .seed(8)
                .recordCount(3_000)
                .ownerCount(10)
                .deletedFraction(0.6)
                .detailsReading(reading)
                .build())) {
      String owner = admin ? sandbox.dataSet().owners().get(2).email() : sandbox.userEmail();
      CliRun run =
          new CliRun(dataDir)
              .api(
                  sandbox.baseUrl().toString(), admin ? sandbox.adminToken() : sandbox.userToken());
      List<String> listArgs = new ArrayList<>(List.of("list", "--days", "30", "--format", format));
      if (admin) {
        listArgs.addAll(List.of("--owner", owner));
      }
      CliRun.Result listed = run.run(listArgs.toArray(String[]::new));
      assertThat(listed.code()).as(listed.toString()).isZero();
      Path file = Files.writeString(dataDir.resolve("bin." + format), listed.out());
      List<String> ids =
          SandboxBins.deletedOf(sandbox, owner).stream()
              .filter(r -> listed.out().contains(r.id()))
              .map(Recording::id)
              .toList();
      assertThat(ids).hasSizeGreaterThan(5);
      sandbox.clearLogs();

      CliRun.Result restored = run.run("restore", "--ids-file", file.toString());

      assertThat(restored.code()).as(restored.toString()).isZero();
      assertThat(ids).allMatch(id -> "available".equals(sandbox.find(id).orElseThrow().status()));
      List<RequestRecord> log = sandbox.requestLog();
      List<RequestRecord> lists =
          log.stream()
              .filter(r -> r.target().contains("convergedRecordings?"))
              .filter(r -> !r.target().contains("max=1&")) // the sign-in's role check
              .toList();
      // One 30-day window, before and after the send; no whole-bin scan, no details.
      assertThat(lists).as("%s", lists).hasSizeLessThanOrEqualTo(4);
      if (admin) {
        assertThat(lists).allMatch(r -> r.target().contains("ownerEmail="));
      }
      assertThat(log.stream().filter(r -> r.method().equals("POST"))).hasSize(1);
      assertThat(restored.err()).doesNotContain("whole bin");
    }
  }
}
