package io.recordingrescue.sandbox.data;

import io.recordingrescue.webex.Recording;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Recordings kept in {@link DataSet#NEWEST_FIRST} order, so that finding a time window or a cursor
 * is a binary search. Not thread-safe: {@link DataSet} guards it with its lock.
 */
final class NewestFirstList {

  private final ArrayList<Recording> sorted;

  NewestFirstList(Collection<Recording> recordings) {
    this.sorted = new ArrayList<>(recordings);
    this.sorted.sort(DataSet.NEWEST_FIRST);
  }

  List<Recording> snapshot() {
    return List.copyOf(sorted);
  }

  Stream<Recording> stream() {
    return sorted.stream();
  }

  Recording get(int index) {
    return sorted.get(index);
  }

  void add(Recording recording) {
    int at = Collections.binarySearch(sorted, recording, DataSet.NEWEST_FIRST);
    sorted.add(-at - 1, recording);
  }

  void remove(Recording recording) {
    sorted.remove(indexOf(recording));
  }

  /** Swaps in a changed copy with the same createTime and id, so it keeps its place. */
  void replace(Recording stored, Recording changed) {
    sorted.set(indexOf(stored), changed);
  }

  /** Index just after a stored recording: where the page after that cursor starts. */
  int indexAfter(Recording stored) {
    return indexOf(stored) + 1;
  }

  /** Index of the first (newest) recording created strictly before {@code instant}. */
  int firstIndexCreatedBefore(Instant instant) {
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

  private int indexOf(Recording stored) {
    return Collections.binarySearch(sorted, stored, DataSet.NEWEST_FIRST);
  }
}
