package io.recordingrescue.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordingrescue.restore.IdHint;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdsInputTest {
  @TempDir Path dir;

  @Test
  void onePerLineSkipsBlanksAndComments() {
    assertThat(IdsInput.parse("# leavers\r\nA1\n\n  B2  \n#C3\n", "f")).containsExactly("A1", "B2");
  }

  @Test
  void csvTakesTheIdColumnWhereverItIs() {
    String csv =
        "\uFEFFtopic,ID,ownerEmail\n\"Weekly, sync\",A1,a@x.com\n\"multi\nline\",B2,b@x.com\n";
    assertThat(IdsInput.parse(csv, "f")).containsExactly("A1", "B2");
    assertThat(IdsInput.parse("id\nA1\nB2\n", "f")).containsExactly("A1", "B2");
  }

  @Test
  void csvWithoutIdColumnEmptyInputAndEmptyColumnAreRefused() {
    assertThatThrownBy(() -> IdsInput.parse("topic,owner\nx,y\n", "ids.csv"))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("ids.csv")
        .hasMessageContaining("no \"id\" column")
        .extracting(e -> ((CliException) e).exitCode())
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThatThrownBy(() -> IdsInput.parse("\n  \n# only a comment\n", "empty.txt"))
        .hasMessageContaining("contains no recording ids");
    assertThatThrownBy(() -> IdsInput.parse("id,topic\n,x\n", "f")).hasMessageContaining("no ids");
  }

  @Test
  void readsFilesAndStandardInput() throws Exception {
    Path file = Files.writeString(dir.resolve("ids.txt"), "A1\nB2\n");
    assertThat(IdsInput.fromSource(file.toString(), InputStream.nothing()))
        .containsExactly("A1", "B2");
    assertThat(
            IdsInput.fromSource(
                "-", new ByteArrayInputStream("C3\n".getBytes(StandardCharsets.UTF_8))))
        .containsExactly("C3");
    assertThatThrownBy(() -> IdsInput.fromSource(dir.resolve("nope.txt").toString(), null))
        .hasMessageContaining("does not exist");
  }

  @Test
  void idsOptionSplitsOnCommas() {
    assertThat(IdsInput.fromOption(List.of("A1, B2", "C3"))).containsExactly("A1", "B2", "C3");
    assertThatThrownBy(() -> IdsInput.fromOption(List.of(" , "))).isInstanceOf(CliException.class);
  }

  /** A stdin that must not be read. */
  private static final class InputStream {
    static java.io.InputStream nothing() {
      return new java.io.InputStream() {
        @Override
        public int read() {
          throw new AssertionError("stdin read");
        }
      };
    }
  }

  @Test
  void listCsvGivesHintsFoundByTheHeaderInAnyColumnOrder() {
    IdsInput.Parsed p =
        IdsInput.parseWithHints(
            "ownerEmail,createTime,topic,id\n"
                + "ann@x.com,2026-03-01T10:00:00Z,Standup,A1\n"
                + "bob@x.com,2026-03-02T11:30:00Z,\"Review, final\",B2\n",
            "f");
    assertThat(p.ids()).containsExactly("A1", "B2");
    assertThat(p.hints())
        .containsEntry("A1", new IdHint(Instant.parse("2026-03-01T10:00:00Z"), "ann@x.com"))
        .containsEntry("B2", new IdHint(Instant.parse("2026-03-02T11:30:00Z"), "bob@x.com"));
    assertThat(p.warnings()).isEmpty();
  }

  @Test
  void wrongOrMissingMetadataDegradesToRawIdsWithAWarningAndLosesNoId() {
    // Values swapped between the columns, a createTime edited into a local date, one left empty.
    IdsInput.Parsed p =
        IdsInput.parseWithHints(
            "id,createTime,ownerEmail\n"
                + "A1,ann@x.com,2026-03-01T10:00:00Z\n"
                + "B2,01/03/2026 10:00,bob@x.com\n"
                + "C3,,\n"
                + "D4,2026-03-04T09:00:00Z,not-an-email\n",
            "f");
    assertThat(p.ids()).containsExactly("A1", "B2", "C3", "D4");
    assertThat(p.hints()).containsOnlyKeys("D4");
    assertThat(p.hints().get("D4").ownerEmail()).isNull();
    assertThat(p.warnings()).singleElement().asString().contains("3 id(s)").contains("whole");

    IdsInput.Parsed noTimes = IdsInput.parseWithHints("id,topic\nA1,x\nB2,y\n", "f");
    assertThat(noTimes.ids()).containsExactly("A1", "B2");
    assertThat(noTimes.hints()).isEmpty();
    assertThat(noTimes.warnings()).singleElement().asString().contains("no createTime column");
  }

  @Test
  void listJsonGivesHintsAndSkipsEntriesWithoutAnId() {
    IdsInput.Parsed p =
        IdsInput.parseWithHints(
            "[ {\"id\":\"A1\",\"createTime\":\"2026-03-01T10:00:00Z\",\"ownerEmail\":\"ann@x.com\"},"
                + " {\"id\":\"B2\",\"createTime\":12345},"
                + " {\"topic\":\"no id\"}, \"C3\" ]",
            "f");
    assertThat(p.ids()).containsExactly("A1", "B2", "C3");
    assertThat(p.hints()).containsOnlyKeys("A1");
    assertThat(p.warnings()).hasSize(2);
    assertThatThrownBy(() -> IdsInput.parseWithHints("[ {\"id\": ", "f"))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("JSON");
  }
}
