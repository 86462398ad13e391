package io.recordingrescue.restore;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.stream.Stream;

/**
 * The folder of job journals: one append-only JSON-lines file per job ({@code <jobId>.jsonl}).
 * Creates writers, replays files (tolerating a cut-off or corrupt line, and saying so) and lists
 * unfinished jobs.
 */
public final class Journal {
  /** Opens a journal file for appending; replaced in tests to simulate a full disk. */
  @FunctionalInterface
  public interface ChannelOpener {
    FileChannel open(Path file, OpenOption... options) throws IOException;
  }

  /** Below this much free space a new job is refused rather than started without a record. */
  static final long MIN_FREE_BYTES = 1L << 20;

  private static final String SUFFIX = ".jsonl";

  private final Path dir;
  private final Clock clock;
  private final ChannelOpener opener;
  private final ObjectMapper mapper = new ObjectMapper();

  public Journal(Path dir, Clock clock) {
    this(dir, clock, FileChannel::open);
  }

  public Journal(Path dir, Clock clock, ChannelOpener opener) {
    this.dir = dir;
    this.clock = clock;
    this.opener = opener;
  }

  /** The journal in a data folder (its {@code jobs} subfolder). */
  public static Journal inDataDir(Path dataDir, Clock clock) {
    return new Journal(folderIn(dataDir), clock);
  }

  /** Where job journals live inside a data folder. */
  public static Path folderIn(Path dataDir) {
    return dataDir.resolve("jobs");
  }

  public Path dir() {
    return dir;
  }

  public Path fileOf(String jobId) {
    return dir.resolve(jobId + SUFFIX);
  }

  /** A new job's file; refuses when the disk is (nearly) full. */
  JournalWriter create(String jobId) {
    try {
      Files.createDirectories(dir);
      long free = Files.getFileStore(dir).getUsableSpace();
      if (free < MIN_FREE_BYTES) {
        throw new JournalException(
            "Not enough free disk space for the restore journal in "
                + dir
                + " ("
                + free / 1024
                + " KB free). Free some space, then start the job again; nothing was restored.",
            null);
      }
    } catch (IOException e) {
      throw new JournalException(
          "Cannot create the restore journal folder "
              + dir
              + " ("
              + JournalWriter.describe(e)
              + "); nothing was restored.",
          e);
    }
    return open(fileOf(jobId), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /** Appends to an existing job's file, starting on a fresh line if the last one was cut off. */
  JournalWriter append(String jobId) {
    Path file = fileOf(jobId);
    JournalWriter writer = open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    try {
      long size = Files.size(file);
      if (size > 0) {
        try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
          ByteBuffer last = ByteBuffer.allocate(1);
          read.read(last, size - 1);
          if (last.get(0) != '\n') {
            writer.newline();
          }
        }
      }
    } catch (IOException e) {
      writer.close();
      throw new JournalException(
          "Cannot read the restore journal " + file + " (" + JournalWriter.describe(e) + ").", e);
    }
    return writer;
  }

  private JournalWriter open(Path file, OpenOption... options) {
    try {
      return new JournalWriter(file, opener.open(file, options), mapper, clock);
    } catch (IOException e) {
      throw new JournalException(
          "Cannot open the restore journal "
              + file
              + " ("
              + JournalWriter.describe(e)
              + "); nothing more was sent.",
          e);
    }
  }

  /** Ids of jobs that have a journal, newest first. */
  public List<String> jobIds() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(SUFFIX))
          .map(n -> n.substring(0, n.length() - SUFFIX.length()))
          .sorted(Comparator.reverseOrder())
          .toList();
    } catch (IOException e) {
      throw new JournalException(
          "Cannot list the restore journals in " + dir + " (" + JournalWriter.describe(e) + ").",
          e);
    }
  }

  /** Jobs that did not end: paused, cancelled or cut off by a crash. Newest first. */
  public List<JournalReplay> unfinished() {
    List<JournalReplay> out = new ArrayList<>();
    for (String id : jobIds()) {
      try {
        JournalReplay r = replay(id);
        if (!r.ended()) {
          out.add(r);
        }
      } catch (JournalException e) {
        // A file without a readable header cannot be resumed; JobHistory shows it as unreadable.
      }
    }
    return out;
  }

  /** Reads a job's journal. Unreadable lines are skipped and named in {@code warnings}. */
  public JournalReplay replay(String jobId) {
    Path file = fileOf(jobId);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new JournalException("There is no restore job " + jobId + " in " + dir + ".", e);
    } catch (IOException e) {
      throw new JournalException(
          "Cannot read the restore journal " + file + " (" + JournalWriter.describe(e) + ").", e);
    }
    return JournalReplayer.replay(file, lines, mapper);
  }
}
