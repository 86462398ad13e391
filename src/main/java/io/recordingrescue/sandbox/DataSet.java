package io.recordingrescue.sandbox;

import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RecordingValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

/**
 * The sandbox's recordings, kept sorted newest first so that a time window is two binary searches
 * and a page is a short scan. Thread-safe: reads share a lock, writes (put, restore) take it alone,
 * so a restore is all-or-nothing as seen by concurrent lists.
 */
public final class DataSet {

  /** Webex's order: newest first; the id breaks ties so every record has one place. */
  static final Comparator<Recording> NEWEST_FIRST =
      Comparator.comparing(Recording::createTime).reversed().thenComparing(Recording::id);

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final ArrayList<Recording> sorted;
  private final Map<String, Recording> byId;
  private final List<Owner> owners;

  public DataSet(List<Owner> owners, Collection<Recording> recordings) {
    this.owners = List.copyOf(owners);
    this.byId = new HashMap<>(Math.max(16, recordings.size() * 2));
    for (Recording recording : recordings) {
      validate(recording);
      byId.put(recording.id(), recording);
    }
    this.sorted = new ArrayList<>(byId.values());
    this.sorted.sort(NEWEST_FIRST);
  }

  /** Generates the seeded data set a config describes. */
  public static DataSet generate(SandboxConfig config) {
    return new DataGenerator(config).generate();
  }

  /** A snapshot of all recordings, newest first. */
  public List<Recording> recordings() {
    lock.readLock().lock();
    try {
      return List.copyOf(sorted);
    } finally {
      lock.readLock().unlock();
    }
  }

  public List<Owner> owners() {
    return owners;
  }

  /** The owner with this e-mail, compared without case. */
  public Optional<Owner> ownerByEmail(String email) {
    return owners.stream().filter(o -> o.email().equalsIgnoreCase(email)).findFirst();
  }

  public Optional<Recording> find(String id) {
    lock.readLock().lock();
    try {
      return Optional.ofNullable(byId.get(id));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Adds a recording or replaces the one with the same id; returns what is now stored. */
  public Recording put(Recording recording) {
    validate(recording);
    lock.writeLock().lock();
    try {
      Recording previous = byId.put(recording.id(), recording);
      if (previous != null) {
        sorted.remove(Collections.binarySearch(sorted, previous, NEWEST_FIRST));
      }
      int at = Collections.binarySearch(sorted, recording, NEWEST_FIRST);
      sorted.add(-at - 1, recording);
      return recording;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** How many of this owner's recordings are in the recycle bin; {@code null} counts everyone's. */
  public long countDeleted(String ownerEmail) {
    return count(RecordingValues.STATUS_DELETED, ownerEmail);
  }

  /** How many recordings have this status (and owner, unless {@code null}). */
  public long count(String status, String ownerEmail) {
    lock.readLock().lock();
    try {
      return sorted.stream()
          .filter(r -> r.status().equals(status))
          .filter(r -> ownerEmail == null || r.ownerEmail().equalsIgnoreCase(ownerEmail))
          .count();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** One page of a list. */
  record Page(List<Recording> items, boolean hasMore) {}

  /**
   * The recordings created in {@code [from, to)} that pass {@code filter}, newest first, starting
   * after the recording {@code afterId} (the cursor) when given.
   *
   * @throws IllegalArgumentException when {@code afterId} names no recording
   */
  Page page(Instant from, Instant to, Predicate<Recording> filter, String afterId, int max) {
    lock.readLock().lock();
    try {
      int start = firstIndexCreatedBefore(to);
      int end = firstIndexCreatedBefore(from);
      if (afterId != null) {
        Recording cursor = byId.get(afterId);
        if (cursor == null) {
          throw new IllegalArgumentException("unknown cursor");
        }
        start = Math.max(start, Collections.binarySearch(sorted, cursor, NEWEST_FIRST) + 1);
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
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * What a restore found; when {@code unknownIds} or {@code foreignIds} is non-empty, nothing
   * changed.
   */
  record RestoreOutcome(List<String> unknownIds, List<String> foreignIds, int restored) {}

  /**
   * Restores the given recordings, all or none.
   *
   * @param requiredOwnerEmail the caller's e-mail for a user (others' ids are refused); {@code
   *     null} for an admin
   * @param apply false to check only (a fault that answers 204 but restores nothing)
   */
  RestoreOutcome restoreIds(Collection<String> ids, String requiredOwnerEmail, boolean apply) {
    lock.writeLock().lock();
    try {
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
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Restores every deleted recording of the owner; returns how many. */
  int restoreAllOf(String ownerEmail, boolean apply) {
    lock.writeLock().lock();
    try {
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
    } finally {
      lock.writeLock().unlock();
    }
  }

  private boolean restoreLocked(Recording recording, boolean apply) {
    if (!RecordingValues.STATUS_DELETED.equals(recording.status())) {
      return false; // already available: accepted, nothing to do
    }
    if (apply) {
      Recording restored = withStatus(recording, RecordingValues.STATUS_AVAILABLE);
      // Same createTime and id, so the same place in the sorted list.
      sorted.set(Collections.binarySearch(sorted, recording, NEWEST_FIRST), restored);
      byId.put(restored.id(), restored);
    }
    return true;
  }

  static Recording withStatus(Recording r, String status) {
    return new Recording(
        r.id(),
        r.topic(),
        r.createTime(),
        r.timeRecorded(),
        r.format(),
        r.serviceType(),
        r.durationSeconds(),
        r.sizeBytes(),
        status,
        r.ownerId(),
        r.ownerEmail(),
        r.ownerType(),
        r.storageRegion(),
        r.serviceData());
  }

  /** Index of the first (newest) recording created strictly before {@code instant}. */
  private int firstIndexCreatedBefore(Instant instant) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted.get(mid).createTime().isBefore(instant)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
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
