package io.recordingrescue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.webex.Recording;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The list's table and CSV, line by line, whatever the number of recordings: the lines are written
 * in pieces, so a list longer than one piece is checked too.
 */
class RecordingWriterTest {
  private static final Instant CREATED = Instant.parse("2026-11-30T14:05:09Z");
  private static final String NL = System.lineSeparator();

  private static Recording recording(int i, String topic, String email) {
    return new Recording(
        "id-" + i,
        topic,
        i % 3 == 0 ? null : CREATED.plusSeconds(i),
        null,
        "MP4",
        "calling",
        125 + i,
        1_500_000L * i,
        "deleted",
        "owner-" + i,
        email,
        "user",
        "US",
        null);
  }

  private static List<Recording> many(int count) {
    List<Recording> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(
          recording(
              i,
              i % 2 == 0
                  ? "Weekly sync, \"quoted\""
                  : "Встреча с командой поддержки " + "x".repeat(i % 50),
              i % 5 == 0 ? null : "someone.with.a.rather.long.address." + i + "@example.com"));
    }
    return out;
  }

  private static String write(List<Recording> recordings, RecordingWriter.Format format) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // Flushes at every line, as System.out does.
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    RecordingWriter.write(recordings, format, out);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theTableHasFixedColumnsCutTopicsAndATotal() {
    List<Recording> recordings = many(3_000); // several pieces
    String table = write(recordings, RecordingWriter.Format.table);

    String[] lines = table.split(NL, -1);
    assertThat(lines).hasSize(recordings.size() + 3); // header, rows, total, and the end
    assertThat(lines[0])
        .isEqualTo(
            String.format(
                "%-16s  %-32s  %10s  %8s  %-40s  %s",
                "CREATED (UTC)", "OWNER", "SIZE", "LENGTH", "TOPIC", "ID"));
    assertThat(lines[2])
        .isEqualTo(
            String.format(
                "%-16s  %-32s  %10s  %8s  %-40s  %s",
                "2026-11-30 14:05",
                "someone.with.a.rather.long.addr…",
                "1.4 MiB",
                "2m06s",
                "Встреча с командой поддержки x",
                "id-1"));
    assertThat(lines[1]).startsWith(" ".repeat(16) + "  " + " ".repeat(32) + "  ");
    assertThat(lines[recordings.size() + 1])
        .isEqualTo(
            recordings.size()
                + " recording(s), "
                + RecordingWriter.size(RecordingWriter.totalSize(recordings)));
    assertThat(lines[recordings.size() + 2]).isEmpty();
  }

  @Test
  void theCsvHasOneQuotedLinePerRecording() {
    List<Recording> recordings = many(3_000);
    String csv = write(recordings, RecordingWriter.Format.csv);

    List<List<String>> rows = Csv.parse(csv);
    assertThat(rows).hasSize(recordings.size() + 1);
    assertThat(rows.get(0)).containsExactlyElementsOf(RecordingWriter.CSV_COLUMNS);
    assertThat(rows.get(1))
        .containsExactly(
            "id-0",
            "Weekly sync, \"quoted\"",
            "",
            "",
            "MP4",
            "calling",
            "125",
            "0",
            "deleted",
            "owner-0",
            "",
            "user",
            "US");
    assertThat(rows.get(3000).get(0)).isEqualTo("id-2999");
    assertThat(rows.get(3000).get(2)).isEqualTo(CREATED.plusSeconds(2999).toString());
    assertThat(csv).endsWith(NL);
  }
}
