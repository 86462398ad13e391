package io.recordingrescue.ui.recyclebin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * {@link FirstSeenLedger} in a properties file ({@code id=epochMillis}), written atomically (temp
 * file + move). Entries older than 60 days are dropped: Webex has purged them by then.
 */
public final class FileFirstSeenLedger implements FirstSeenLedger {
  private static final long KEEP_MILLIS = 60L * 24 * 3600 * 1000;

  private final Path file;
  private Map<String, Instant> seen;

  public FileFirstSeenLedger(Path file) {
    this.file = file;
  }

  /** The ledger the app keeps in its data folder {@code dataDir}. */
  public static FileFirstSeenLedger in(Path dataDir) {
    return new FileFirstSeenLedger(dataDir.resolve("first-seen.properties"));
  }

  /** Where the entries are kept. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized Map<String, Instant> see(Collection<String> ids, Instant now) {
    if (seen == null) {
      seen = load();
    }
    boolean changed =
        seen.values().removeIf(t -> now.toEpochMilli() - t.toEpochMilli() > KEEP_MILLIS);
    Map<String, Instant> out = new HashMap<>();
    for (String id : ids) {
      Instant first = seen.get(id);
      if (first == null) {
        first = now;
        seen.put(id, now);
        changed = true;
      }
      out.put(id, first);
    }
    if (changed) {
      save();
    }
    return out;
  }

  private Map<String, Instant> load() {
    Map<String, Instant> map = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return map;
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    } catch (IOException e) {
      return map; // An unreadable ledger only makes the estimate start over.
    }
    for (String id : p.stringPropertyNames()) {
      try {
        map.put(id, Instant.ofEpochMilli(Long.parseLong(p.getProperty(id))));
      } catch (NumberFormatException ignored) {
        // Skip a damaged line; the id is simply seen anew.
      }
    }
    return map;
  }

  private void save() {
    Properties p = new Properties();
    seen.forEach((id, t) -> p.setProperty(id, Long.toString(t.toEpochMilli())));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        p.store(out, "Recording Rescue: when each recording was first seen in the recycle bin");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save " + file, e);
    }
  }
}
