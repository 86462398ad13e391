package io.recordingrescue.sandbox.data;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RecordingValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The sandbox's recordings, kept sorted newest first ({@link NewestFirstList}) so that a time
 * window is two binary searches and a page is a short scan. Thread-safe: reads share a lock, writes
 * (put, restore) take it alone, so a restore is all-or-nothing as seen by concurrent lists.
 */
public final class DataSet {

  /** Webex's order: newest first; the id breaks ties so every record has one place. */
  static final Comparator<Recording> NEWEST_FIRST =
      Comparator.comparing(Recording::createTime).reversed().thenComparing(Recording::id);

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final NewestFirstList sorted;
  private final Map<String, Recording> byId;
  private final List<Owner> owners;

  public DataSet(List<Owner> owners, Collection<Recording> recordings) {
    this.owners = List.copyOf(owners);
    this.byId = new HashMap<>(Math.max(16, recordings.size() * 2));
    for (Recording recording : recordings) {
      validate(recording);
      byId.put(recording.id(), recording);
    }
    this.sorted = new NewestFirstList(byId.values());
  }

  /** Generates the seeded data set a config describes. */
  public static DataSet generate(SandboxConfig config) {
    return new DataGenerator(config).generate();
  }

  /** A snapshot of all recordings, newest first. */
  public List<Recording> recordings() {
    return read(sorted::snapshot);
  }

  public List<Owner> owners() {
    return owners;
  }

  /** The owner with this e-mail, compared without case. */
  public Optional<Owner> ownerByEmail(String email) {
    return owners.stream().filter(o -> o.email().equalsIgnoreCase(email)).findFirst();
  }

  /**
   * Whether an e-mail belongs to this org: its domain is the domain of one of the owners. Webex
   * answers 403 to an admin who names someone of another org.
   */
  public boolean inOrg(String email) {
    int at = email == null ? -1 : email.lastIndexOf('@');
    if (at < 0) {
      return false;
    }
    String domain = email.substring(at + 1);
    return owners.stream()
        .map(o -> o.email().substring(o.email().lastIndexOf('@') + 1))
        .anyMatch(domain::equalsIgnoreCase);
  }

  public Optional<Recording> find(String id) {
    return read(() -> Optional.ofNullable(byId.get(id)));
  }

  /** Adds a recording or replaces the one with the same id; returns what is now stored. */
  public Recording put(Recording recording) {
    validate(recording);
    return write(
        () -> {
          Recording previous = byId.put(recording.id(), recording);
          if (previous != null) {
            sorted.remove(previous);
          }
          sorted.add(recording);
          return recording;
        });
  }

  /** How many of this owner's recordings are in the recycle bin; {@code null} counts everyone's. */
  public long countDeleted(String ownerEmail) {
    return count(RecordingValues.STATUS_DELETED, ownerEmail);
  }

  /** How many recordings have this status (and owner, unless {@code null}). */
  public long count(String status, String ownerEmail) {
    return read(
        () ->
            sorted.stream()
                .filter(r -> r.status().equals(status))
                .filter(r -> ownerEmail == null || r.ownerEmail().equalsIgnoreCase(ownerEmail))
                .count());
  }

  /** One page of a list. */
  public record Page(List<Recording> items, boolean hasMore) {}

  /**
   * The recordings created in {@code [from, to)} that pass {@code filter}, newest first, starting
   * after the recording {@code afterId} (the cursor) when given.
   *
   * @throws IllegalArgumentException when {@code afterId} names no recording
   */
  public Page page(Instant from, Instant to, Predicate<Recording> filter, String afterId, int max) {
    return read(
        () -> {
          int start = sorted.firstIndexCreatedBefore(to);
          int end = sorted.firstIndexCreatedBefore(from);
          if (afterId != null) {
            Recording cursor = byId.get(afterId);
            if (cursor == null) {
              throw new IllegalArgumentException("unknown cursor");
            }
            start = Math.max(start, sorted.indexAfter(cursor));
          }
          List<Recording> items = new ArrayList<>(Math.min(max, 128));
          for (int i = start; i < end; i++) {
            Recording recording = sorted.get(i);
            if (filter.test(recording)) {
              if (items.size() == max) {
                return new Page(items, true);
              }
              items.add(recording);
            }
          }
          return new Page(items, false);
        });
  }

  /**
   * What a restore found; when {@code unknownIds} or {@code foreignIds} is non-empty, nothing
   * changed.
   */
  public record RestoreOutcome(List<String> unknownIds, List<String> foreignIds, int restored) {}

  /**
   * Restores the given recordings, all or none.
   *
   * @param requiredOwnerEmail the caller's e-mail for a user (others' ids are refused); {@code
   *     null} for an admin
   * @param apply false to check only (a fault that answers 204 but restores nothing)
   */
  public RestoreOutcome restoreIds(
      Collection<String> ids, String requiredOwnerEmail, boolean apply) {
    return write(
        () -> {
          List<String> unknown = new ArrayList<>();
          List<String> foreign = new ArrayList<>();
          LinkedHashSet<String> unique = new LinkedHashSet<>(ids);
          for (String id : unique) {
            Recording recording = byId.get(id);
            if (recording == null) {
              unknown.add(id);
            } else if (requiredOwnerEmail != null
                && !recording.ownerEmail().equalsIgnoreCase(requiredOwnerEmail)) {
              foreign.add(id);
            }
          }
          if (!unknown.isEmpty()) {
            return new RestoreOutcome(unknown, List.of(), 0);
          }
          if (!foreign.isEmpty()) {
            return new RestoreOutcome(List.of(), foreign, 0);
          }
          int restored = 0;
          for (String id : unique) {
            if (restoreLocked(byId.get(id), apply)) {
              restored++;
            }
          }
          return new RestoreOutcome(List.of(), List.of(), restored);
        });
  }

  /** Restores every deleted recording of the owner; returns how many. */
  public int restoreAllOf(String ownerEmail, boolean apply) {
    return write(
        () -> {
          List<Recording> targets =
              sorted.stream()
                  .filter(r -> r.ownerEmail().equalsIgnoreCase(ownerEmail))
                  .filter(r -> RecordingValues.STATUS_DELETED.equals(r.status()))
                  .toList();
          int restored = 0;
          for (Recording recording : targets) {
            if (restoreLocked(recording, apply)) {
              restored++;
            }
          }
          return restored;
        });
  }

  private boolean restoreLocked(Recording recording, boolean apply) {
    if (!RecordingValues.STATUS_DELETED.equals(recording.status())) {
      return false; // already available: accepted, nothing to do
    }
    if (apply) {
      Recording restored = recording.withStatus(RecordingValues.STATUS_AVAILABLE);
      sorted.replace(recording, restored);
      byId.put(restored.id(), restored);
    }
    return true;
  }

  private <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Writes take the lock alone, so a list never sees half a restore. */
  private <T> T write(Supplier<T> action) {
    lock.writeLock().lock();
    try {
      return action.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  private static void validate(Recording recording) {
    if (recording == null
        || recording.id() == null
        || recording.createTime() == null
        || recording.status() == null
        || recording.ownerEmail() == null) {
      throw new IllegalArgumentException(
          "a sandbox recording needs id, createTime, status and ownerEmail");
    }
  }
}
