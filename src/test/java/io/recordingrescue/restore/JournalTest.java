package io.recordingrescue.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordingrescue.webex.ListScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
  @TempDir Path dir;

  /** A finished job's journal lines and the ids it had. */
  private record Finished(String jobId, List<String> lines, List<String> ids) {}

  private Finished finishedJob(Path where) throws IOException {
    EngineFixture f = new EngineFixture(where, RestoreEngine.Options.defaults().withConcurrency(1));
    List<String> ids = new ArrayList<>(seed(f.webex));
    RestoreReport report = f.engine.run(f.plan(ids), "op", ListScope.mine());
    assertThat(report.state()).isEqualTo(JobState.COMPLETED);
    return new Finished(report.jobId(), Files.readAllLines(f.journal.fileOf(report.jobId())), ids);
  }

  private static List<String> seed(FakeGateway webex) {
    List<String> ids = new ArrayList<>(webex.addDeleted("d", 450, "me@example.com"));
    webex.add("avail", "available", "me@example.com");
    ids.add("avail");
    ids.add("ghost");
    return ids;
  }

  @Test
  void resumingFromAnyPrefixOfTheJournalSettlesEveryIdOnceAndTruly() throws IOException {
    Finished done = finishedJob(dir.resolve("original"));
    ObjectMapper mapper = new ObjectMapper();
    int cuts = 0;
    for (int k = 1; k <= done.lines().size(); k++) {
      for (boolean cutMidLine : new boolean[] {false, true}) {
        if (cutMidLine && k == done.lines().size()) {
          continue;
        }
        cuts++;
        Path crashDir = dir.resolve("crash-" + k + "-" + cutMidLine);
        EngineFixture f =
            new EngineFixture(crashDir, RestoreEngine.Options.defaults().withConcurrency(2));
        seed(f.webex);
        List<String> prefix = new ArrayList<>(done.lines().subList(0, k));
        StringBuilder text = new StringBuilder(String.join("\n", prefix)).append('\n');
        if (cutMidLine) {
          String next = done.lines().get(k);
          text.append(next, 0, next.length() / 2); // the crash hit while this line was written
        }
        Files.createDirectories(crashDir);
        Files.writeString(f.journal.fileOf(done.jobId()), text, StandardCharsets.UTF_8);
        // Every send in the prefix may have reached Webex before the crash: apply them.
        for (String line : prefix) {
          JsonNode n = mapper.readTree(line);
          if ("send".equals(n.get("type").asText())) {
            List<String> sent = new ArrayList<>();
            n.get("ids").forEach(x -> sent.add(x.asText()));
            try {
              f.webex.restore(io.recordingrescue.webex.RestoreRequest.byIds(sent));
            } catch (io.recordingrescue.webex.WebexApiException refused) {
              // A batch Webex refuses (the probe naming "ghost") changes nothing.
            }
          }
        }
        int callsBefore = f.webex.calls().size();
        Set<String> inBinAtResume =
            done.ids().stream()
                .filter(id -> "deleted".equals(f.webex.status(id)))
                .collect(Collectors.toSet());

        RestoreReport report = f.engine.resume(done.jobId(), null, null);

        f.assertEachIdSettledOnce(report, done.ids());
        assertThat(report.byId().get("ghost").state()).isEqualTo(FinalState.NOT_FOUND);
        assertThat(report.byId().get("avail").state()).isEqualTo(FinalState.ALREADY_AVAILABLE);
        assertThat(report.count(FinalState.RESTORED)).as("cut after line %d", k).isEqualTo(450);
        if (cutMidLine) {
          assertThat(report.stateMessage()).contains("cut off");
        }
        // Nothing already restored is sent again; only ids in the bin, and the two ids no
        // listing shows (their fate is Webex's answer to a restore call) go out.
        List<String> resent =
            f.webex.calls().subList(callsBefore, f.webex.calls().size()).stream()
                .flatMap(c -> c.request().recordingIds().stream())
                .toList();
        assertThat(resent)
            .as("cut after line %d", k)
            .allMatch(id -> inBinAtResume.contains(id) || id.equals("avail") || id.equals("ghost"));
        assertThat(resent.stream().filter(inBinAtResume::contains).distinct().count())
            .isEqualTo(resent.stream().filter(inBinAtResume::contains).count());
      }
    }
    assertThat(cuts).isGreaterThan(15);
  }

  @Test
  void aCutOffLastLineIsToleratedAndSaid() throws IOException {
    Finished done = finishedJob(dir);
    Path file = new Journal(dir, java.time.Clock.systemUTC()).fileOf(done.jobId());
    List<String> lines = done.lines();
    String last = lines.get(lines.size() - 1);
    List<String> cut = new ArrayList<>(lines.subList(0, lines.size() - 1));
    Files.writeString(file, String.join("\n", cut) + "\n" + last.substring(0, 10));

    JournalReplay replay = new Journal(dir, java.time.Clock.systemUTC()).replay(done.jobId());

    assertThat(replay.ended()).isFalse(); // the cut line was the end line
    assertThat(replay.state()).isEqualTo(JobState.INTERRUPTED);
    assertThat(replay.warnings())
        .singleElement()
        .asString()
        .contains("last line")
        .contains("cut off");
    assertThat(replay.outcomes()).hasSize(done.ids().size());
  }

  @Test
  void aCorruptLineInTheMiddleIsSkippedAndNamed() throws IOException {
    Finished done = finishedJob(dir);
    Journal journal = new Journal(dir, java.time.Clock.systemUTC());
    List<String> lines = new ArrayList<>(done.lines());
    lines.add(3, "{\"type\": garbage");
    Files.write(journal.fileOf(done.jobId()), lines);

    JournalReplay replay = journal.replay(done.jobId());

    assertThat(replay.ended()).isTrue();
    assertThat(replay.warnings()).singleElement().asString().contains("Line 4");
  }

  @Test
  void aJournalWithoutHeaderCannotBeResumed() throws IOException {
    Journal journal = new Journal(dir, java.time.Clock.systemUTC());
    Files.writeString(journal.fileOf("20260101-000000-abcdef"), "{\"type\":\"send\"\n");
    assertThatThrownBy(() -> journal.replay("20260101-000000-abcdef"))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("no readable job header");
    assertThat(journal.unfinished()).isEmpty();
    assertThatThrownBy(() -> journal.replay("nope"))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("There is no restore job nope");
  }

  @Test
  void historyListsJobsWithCountsAndAuditExportsThem() throws IOException {
    Finished done = finishedJob(dir);
    JobHistory history = new JobHistory(new Journal(dir, java.time.Clock.systemUTC()));

    List<JobHistory.Entry> entries = history.list();

    assertThat(entries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.jobId()).isEqualTo(done.jobId());
              assertThat(e.state()).isEqualTo(JobState.COMPLETED);
              assertThat(e.totalIds()).isEqualTo(452);
              assertThat(e.counts())
                  .containsEntry(FinalState.RESTORED, 450L)
                  .containsEntry(FinalState.NOT_FOUND, 1L)
                  .containsEntry(FinalState.ALREADY_AVAILABLE, 1L);
              assertThat(e.resumable()).isFalse();
            });

    RestoreReport report = history.report(done.jobId());
    AuditExport export = new AuditExport();
    Path[] files = export.writeBoth(report, dir.resolve("exports"));
    List<String> csv = Files.readAllLines(files[0]);
    assertThat(csv.get(0)).isEqualTo(AuditExport.CSV_HEADER);
    assertThat(csv).hasSize(1 + 452);
    assertThat(csv).anySatisfy(l -> assertThat(l).contains(",d7,Topic d7,me@example.com,RESTORED"));
    JsonNode json = new ObjectMapper().readTree(files[1].toFile());
    assertThat(json.get("jobId").asText()).isEqualTo(done.jobId());
    assertThat(json.get("operator").asText()).isEqualTo("op");
    assertThat(json.get("recordings")).hasSize(452);
    assertThat(json.at("/counts/RESTORED").asInt()).isEqualTo(450);
  }

  @Test
  void csvCellsAreQuotedAndDefused() {
    assertThat(AuditExport.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(AuditExport.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(AuditExport.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(AuditExport.cell(null)).isEmpty();
  }
}
