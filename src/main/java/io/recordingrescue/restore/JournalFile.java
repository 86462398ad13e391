package io.recordingrescue.restore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;

/**
 * One open journal of a {@link JournalFolder}: appends JSON lines and forces each to disk before
 * returning, so that what the journal says happened did happen before the caller moves on. The job
 * journal's {@link JournalWriter} and the incident journal's writer both write through it.
 * Thread-safe.
 */
public final class JournalFile implements Closeable {
  private final JournalFolder folder;
  private final Path file;
  private final FileChannel channel;

  /** Opens {@code file} of {@code folder} with {@code options} (create, or append). */
  JournalFile(JournalFolder folder, Path file, OpenOption... options) throws IOException {
    this.folder = folder;
    this.file = file;
    this.channel = folder.channel(file, options);
  }

  public Path file() {
    return file;
  }

  /** A new line of {@code type}, stamped with the time; fill it, then {@link #write} it. */
  public ObjectNode line(String type) {
    return folder.line(type);
  }

  /** A JSON object to nest inside a line. */
  public ObjectNode object() {
    return folder.object();
  }

  public synchronized void write(ObjectNode line) {
    try {
      writeBytes(folder.text(line));
    } catch (IOException e) {
      throw folder.cannotWrite(file, e);
    }
  }

  /** Ends a line cut off by a crash so the next one starts on its own line. */
  void newline() {
    writeBytes(new byte[] {'\n'});
  }

  private synchronized void writeBytes(byte[] bytes) {
    try {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
      channel.force(false);
    } catch (IOException e) {
      throw folder.cannotWrite(file, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // Every line was already forced to disk; nothing is lost by a failed close.
    }
  }
}
