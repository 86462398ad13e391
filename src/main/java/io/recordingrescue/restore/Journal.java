package io.recordingrescue.restore;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The folder of job journals: one append-only JSON-lines file per job ({@code <jobId>.jsonl}) in a
 * {@link JournalFolder}. Creates writers, replays files (tolerating a cut-off or corrupt line, and
 * saying so) and lists unfinished jobs.
 */
public final class Journal {
  private static final JournalFolder.Names NAMES =
      new JournalFolder.Names("restore journal", "restore job");

  private final JournalFolder folder;

  public Journal(Path dir, Clock clock) {
    this(dir, clock, FileChannel::open);
  }

  public Journal(Path dir, Clock clock, JournalFolder.ChannelOpener opener) {
    this.folder = new JournalFolder(dir, "", NAMES, clock, opener);
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
    return folder.dir();
  }

  public Path fileOf(String jobId) {
    return folder.fileOf(jobId);
  }

  /** A new job's file; refuses when the disk is (nearly) full. */
  JournalWriter create(String jobId) {
    return new JournalWriter(folder.create(jobId));
  }

  /** Appends to an existing job's file, starting on a fresh line if the last one was cut off. */
  JournalWriter append(String jobId) {
    return new JournalWriter(folder.append(jobId));
  }

  /** Ids of jobs that have a journal, newest first. */
  public List<String> jobIds() {
    return folder.ids();
  }

  /** Jobs that did not end: paused, cancelled or cut off by a crash. Newest first. */
  public List<JournalReplay> unfinished() {
    return folder.unfinished(this::replay, JournalReplay::ended);
  }

  /** Reads a job's journal. Unreadable lines are skipped and named in {@code warnings}. */
  public JournalReplay replay(String jobId) {
    return JournalReplayer.replay(lines(jobId));
  }

  /** A job's journal as lines, each a JSON object with a type. */
  JournalFolder.Lines lines(String jobId) {
    return folder.read(jobId);
  }
}
