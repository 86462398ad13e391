package io.recordingrescue.ui.recyclebin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@link FirstSeenLedger} in a properties file ({@code id=epochMillis}). A scan brings its ids page
 * by page, and each call appends only the ids new to the ledger: writing the whole file for every
 * page made a first load of 50,000 recordings spend 11 s here (measured), more than the scan took.
 * The file is read once, and then written anew, atomically (temp file + move), if it held entries
 * older than 60 days (Webex has purged those by then) or lines a crash cut short. A file it cannot
 * write (a full disk, a folder it may not write to) costs the estimates' memory across restarts,
 * not the scan: the ledger then keeps this session's sightings in memory and says why.
 */
public final class FileFirstSeenLedger implements FirstSeenLedger {
  private static final long KEEP_MILLIS = 60L * 24 * 3600 * 1000;
  private static final String FILE_NAME = "first-seen.properties";

  private final Path file;
  private Map<String, Instant> seen;
  private String notSaved;

  public FileFirstSeenLedger(Path file) {
    this.file = file;
  }

  /** The ledger the app keeps in its data folder {@code dataDir}. */
  public static FileFirstSeenLedger in(Path dataDir) {
    return new FileFirstSeenLedger(dataDir.resolve(FILE_NAME));
  }

  /** Where the entries are kept. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized Map<String, Instant> see(Collection<String> ids, Instant now) {
    if (seen == null) {
      seen = load(now);
    }
    Map<String, Instant> out = new HashMap<>();
    Properties fresh = new Properties();
    for (String id : ids) {
      Instant first = seen.putIfAbsent(id, now);
      if (first == null) {
        first = now;
        fresh.setProperty(id, Long.toString(now.toEpochMilli()));
      }
      out.put(id, first);
    }
    if (!fresh.isEmpty() && notSaved == null) {
      try {
        write(file, fresh, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (UncheckedIOException e) {
        savingFailed(e);
      }
    }
    return out;
  }

  @Override
  public synchronized Optional<String> notSavedBecause() {
    return Optional.ofNullable(notSaved);
  }

  /** Stops saving for this session: every later write would most likely fail the same way. */
  private void savingFailed(UncheckedIOException e) {
    IOException cause = e.getCause();
    String reason =
        cause instanceof AccessDeniedException
            ? "access denied"
            : cause instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getReason()
                : String.valueOf(cause.getMessage());
    notSaved = file + ": " + reason;
  }

  /** The file's entries still worth keeping; the file is written anew if it held others. */
  private Map<String, Instant> load(Instant now) {
    Map<String, Instant> map = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return map;
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    } catch (IOException | IllegalArgumentException e) {
      // An unreadable ledger only makes the estimate start over.
      rewriteOrStopSaving(map);
      return map;
    }
    boolean dropped = false;
    for (String id : p.stringPropertyNames()) {
      try {
        Instant first = Instant.ofEpochMilli(Long.parseLong(p.getProperty(id)));
        if (now.toEpochMilli() - first.toEpochMilli() <= KEEP_MILLIS) {
          map.put(id, first);
        } else {
          dropped = true;
        }
      } catch (NumberFormatException e) {
        dropped = true; // a damaged line: the id is simply seen anew
      }
    }
    if (dropped) {
      rewriteOrStopSaving(map);
    }
    return map;
  }

  private void rewriteOrStopSaving(Map<String, Instant> entries) {
    try {
      rewrite(entries);
    } catch (UncheckedIOException e) {
      savingFailed(e);
    }
  }

  private void rewrite(Map<String, Instant> entries) {
    Properties p = new Properties();
    entries.forEach((id, t) -> p.setProperty(id, Long.toString(t.toEpochMilli())));
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    write(tmp, p, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save " + file, e);
    }
  }

  private static void write(Path to, Properties entries, StandardOpenOption... options) {
    try {
      Files.createDirectories(to.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(to, options)) {
        // Starts with a "#date" line: after a line a crash cut short, the cut line and that
        // comment make one damaged line, and the entries written now stay whole.
        entries.store(out, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save " + to, e);
    }
  }
}
