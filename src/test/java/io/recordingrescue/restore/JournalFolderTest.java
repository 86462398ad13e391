package io.recordingrescue.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file format the job journal and the incident journal share. */
class JournalFolderTest {
  private static final JournalFolder.Names NAMES = new JournalFolder.Names("test journal", "test");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private JournalFolder folder(String prefix) {
    return new JournalFolder(dir.resolve("j"), prefix, NAMES, CLOCK, FileChannel::open);
  }

  @Test
  void eachLineIsStampedAndReadBackInOrderWithItsNumber() {
    JournalFolder folder = folder("");
    try (JournalFile file = folder.create("one")) {
      file.write(file.line("first").put("n", 1));
      file.write(file.line("second").put("n", 2));
    }

    JournalFolder.Lines read = folder.read("one");

    assertThat(read.warnings()).isEmpty();
    assertThat(read.lines())
        .extracting(JournalFolder.Line::number, JournalFolder.Line::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "first"),
            org.assertj.core.groups.Tuple.tuple(2, "second"));
    assertThat(read.lines().get(1).node().get("at").asText()).isEqualTo("2026-03-01T10:00:00Z");
  }

  @Test
  void aLineCutOffByACrashIsNamedAndAnAppendStartsOnAFreshLine() throws IOException {
    JournalFolder folder = folder("");
    try (JournalFile file = folder.create("one")) {
      file.write(file.line("first"));
    }
    Files.writeString(
        folder.fileOf("one"), "{\"type\":\"sec", StandardOpenOption.APPEND); // the crash

    assertThat(folder.read("one").warnings())
        .singleElement()
        .asString()
        .contains("last line of the test journal (line 2) was cut off");

    try (JournalFile file = folder.append("one")) {
      file.write(file.line("third"));
    }
    JournalFolder.Lines read = folder.read("one");
    assertThat(read.lines()).extracting(JournalFolder.Line::type).containsExactly("first", "third");
    assertThat(read.warnings())
        .containsExactly("Line 2 of the test journal is unreadable and was skipped.");
  }

  @Test
  void linesWithoutATypeOrNotObjectsAreSkippedAndBlankLinesIgnored() throws IOException {
    JournalFolder folder = folder("");
    Files.createDirectories(folder.dir());
    Files.writeString(folder.fileOf("odd"), "\n[1,2]\n{\"no\":\"type\"}\n\n{\"type\":\"ok\"}\n\n");

    JournalFolder.Lines read = folder.read("odd");

    assertThat(read.lines()).extracting(JournalFolder.Line::number).containsExactly(5);
    assertThat(read.warnings()).hasSize(2).allMatch(w -> w.contains("unreadable"));
  }

  @Test
  void idsAreTheFilesWithThePrefixNewestFirstAndUnfinishedSkipsUnreadableOnes() throws IOException {
    JournalFolder folder = folder("inc-");
    for (String id : List.of("inc-20260101", "inc-20260301", "inc-20260201")) {
      folder.create(id).close();
    }
    Files.writeString(folder.dir().resolve("20260401.jsonl"), "{}"); // not of this folder
    Files.writeString(folder.dir().resolve("inc-x.txt"), "{}");

    assertThat(folder.ids()).containsExactly("inc-20260301", "inc-20260201", "inc-20260101");
    assertThat(
            folder.unfinished(
                id -> {
                  if (id.endsWith("0201")) {
                    throw new JournalException("unreadable", null);
                  }
                  return id;
                },
                id -> id.endsWith("0101")))
        .containsExactly("inc-20260301");
    assertThat(folder("inc-").ids()).hasSize(3);
    assertThat(new JournalFolder(dir.resolve("none"), "", NAMES, CLOCK, FileChannel::open).ids())
        .isEmpty();
  }

  @Test
  void aMissingJournalAndAnExistingIdAreRefusedInPlainWords() {
    JournalFolder folder = folder("");
    assertThatThrownBy(() -> folder.read("nope"))
        .isInstanceOf(JournalException.class)
        .hasMessage("There is no test nope in " + folder.dir() + ".");
    folder.create("twice").close();
    assertThatThrownBy(() -> folder.create("twice"))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("Cannot open the test journal")
        .hasMessageContaining("nothing more was sent");
  }

  @Test
  void aWriteThatFailsStopsTheWorkAndSaysWhatToDo() {
    JournalFolder full =
        new JournalFolder(
            dir.resolve("j"),
            "",
            NAMES,
            CLOCK,
            (file, options) -> FileChannel.open(Path.of("/dev/full"), StandardOpenOption.WRITE));
    try (JournalFile file = full.create("one")) {
      assertThatThrownBy(() -> file.write(file.line("first")))
          .isInstanceOf(JournalException.class)
          .hasMessageContaining("Cannot write the test journal")
          .hasMessageContaining("The test was stopped before sending anything more")
          .hasMessageContaining("free some disk space");
    }
  }
}
