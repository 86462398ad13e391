package io.recordingrescue.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
