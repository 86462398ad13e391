package io.recordingrescue.restore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A folder of journals, one append-only JSON-lines file per id ({@code <id>.jsonl}): the file
 * format both the job journal ({@link Journal}) and the incident journal use. Creates and reopens
 * files (a line cut off by a crash stays on its own), lists ids, and reads a file back as lines,
 * naming the ones it could not read.
 */
public final class JournalFolder {
  /** Opens a journal file for appending; replaced in tests to simulate a full disk. */
  @FunctionalInterface
  public interface ChannelOpener {
    FileChannel open(Path file, OpenOption... options) throws IOException;
  }

  /** How messages name a journal and what it records: "restore journal" and "restore job". */
  public record Names(String journal, String work) {}

  /** A line of a journal: its number in the file (from 1) and its JSON object, with a "type". */
  public record Line(int number, JsonNode node) {
    public String type() {
      return node.get("type").asText();
    }
  }

  /** A journal as read: its readable lines, and a warning per line that was not. */
  public record Lines(Path file, List<Line> lines, List<String> warnings) {}

  /** Below this much free space a new journal is refused rather than started without a record. */
  static final long MIN_FREE_BYTES = 1L << 20;

  private static final String SUFFIX = ".jsonl";

  private final Path dir;
  private final String prefix;
  private final Names names;
  private final Clock clock;
  private final ChannelOpener opener;
  private final ObjectMapper mapper = new ObjectMapper();

  /** {@code prefix} starts every id in the folder (may be empty). */
  public JournalFolder(Path dir, String prefix, Names names, Clock clock, ChannelOpener opener) {
    this.dir = dir;
    this.prefix = prefix;
    this.names = names;
    this.clock = clock;
    this.opener = opener;
  }

  public Path dir() {
    return dir;
  }

  public Path fileOf(String id) {
    return dir.resolve(id + SUFFIX);
  }

  /** A new journal; refuses when the disk is (nearly) full, before anything was sent. */
  public JournalFile create(String id) {
    try {
      Files.createDirectories(dir);
      long free = Files.getFileStore(dir).getUsableSpace();
      if (free < MIN_FREE_BYTES) {
        throw new JournalException(
            "Not enough free disk space for the "
                + names.journal()
                + " in "
                + dir
                + " ("
                + free / 1024
                + " KB free). Free some space, then start the "
                + names.work()
                + " again; nothing was restored.",
            null);
      }
    } catch (IOException e) {
      throw new JournalException(
          "Cannot create the "
              + names.journal()
              + " folder "
              + dir
              + " ("
              + describe(e)
              + "); nothing was restored.",
          e);
    }
    return open(fileOf(id), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /** Appends to an existing journal, starting on a fresh line if the last one was cut off. */
  public JournalFile append(String id) {
    Path file = fileOf(id);
    JournalFile journal = open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    try {
      long size = Files.size(file);
      if (size > 0) {
        try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
          ByteBuffer last = ByteBuffer.allocate(1);
          read.read(last, size - 1);
          if (last.get(0) != '\n') {
            journal.newline();
          }
        }
      }
    } catch (IOException e) {
      journal.close();
      throw cannot("read the " + names.journal() + " " + file, e);
    }
    return journal;
  }

  private JournalFile open(Path file, OpenOption... options) {
    try {
      return new JournalFile(this, file, options);
    } catch (IOException e) {
      throw new JournalException(
          "Cannot open the "
              + names.journal()
              + " "
              + file
              + " ("
              + describe(e)
              + "); nothing more was sent.",
          e);
    }
  }

  /** Ids that have a journal, newest first. */
  public List<String> ids() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(prefix) && n.endsWith(SUFFIX))
          .map(n -> n.substring(0, n.length() - SUFFIX.length()))
          .sorted(Comparator.reverseOrder())
          .toList();
    } catch (IOException e) {
      throw cannot("list the " + names.journal() + "s in " + dir, e);
    }
  }

  /**
   * Every journal {@code replay} can read and that has not {@code ended}, newest first. A file
   * without a readable header cannot be resumed and is left out (the history shows it unreadable).
   */
  public <R> List<R> unfinished(Function<String, R> replay, Predicate<R> ended) {
    List<R> out = new ArrayList<>();
    for (String id : ids()) {
      try {
        R r = replay.apply(id);
        if (!ended.test(r)) {
          out.add(r);
        }
      } catch (JournalException e) {
        // Left out: see above.
      }
    }
    return out;
  }

  /**
   * Reads a journal. A line that is not a JSON object with a type is skipped and named in the
   * warnings: a cut-off last line is what a crash mid-write leaves.
   */
  public Lines read(String id) {
    Path file = fileOf(id);
    List<String> text;
    try {
      text = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new JournalException("There is no " + names.work() + " " + id + " in " + dir + ".", e);
    } catch (IOException e) {
      throw cannot("read the " + names.journal() + " " + file, e);
    }
    int lastNonBlank = -1;
    for (int i = 0; i < text.size(); i++) {
      if (!text.get(i).isBlank()) {
        lastNonBlank = i;
      }
    }
    List<Line> lines = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i <= lastNonBlank; i++) {
      String line = text.get(i);
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = mapper.readTree(line);
      } catch (JsonProcessingException e) {
        node = null;
      }
      if (node != null && node.isObject() && node.hasNonNull("type")) {
        lines.add(new Line(i + 1, node));
      } else {
        warnings.add(
            i == lastNonBlank
                ? "The last line of the "
                    + names.journal()
                    + " (line "
                    + (i + 1)
                    + ") was cut off, probably by a crash while it was written; it was ignored"
                    + " and what it concerned is checked again."
                : "Line "
                    + (i + 1)
                    + " of the "
                    + names.journal()
                    + " is unreadable and was skipped.");
      }
    }
    return new Lines(file, lines, warnings);
  }

  /** Opens a journal's channel (the opener a test may replace to fill the disk). */
  FileChannel channel(Path file, OpenOption... options) throws IOException {
    return opener.open(file, options);
  }

  /** A new line of {@code type}, stamped with the time. */
  ObjectNode line(String type) {
    ObjectNode n = mapper.createObjectNode();
    n.put("type", type);
    n.put("at", clock.instant().toString());
    return n;
  }

  ObjectNode object() {
    return mapper.createObjectNode();
  }

  /** A line as the file holds it: one JSON object, then a newline. */
  byte[] text(ObjectNode line) throws JsonProcessingException {
    return (mapper.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** A failed write stops the work before it sends anything more. */
  JournalException cannotWrite(Path file, IOException e) {
    return new JournalException(
        "Cannot write the "
            + names.journal()
            + " "
            + file
            + " ("
            + describe(e)
            + "). The "
            + names.work()
            + " was stopped before sending anything more; free some disk space and resume it.",
        e);
  }

  private static JournalException cannot(String what, IOException e) {
    return new JournalException("Cannot " + what + " (" + describe(e) + ").", e);
  }

  static String describe(IOException e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
