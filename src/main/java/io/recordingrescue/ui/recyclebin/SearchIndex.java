package io.recordingrescue.ui.recyclebin;

import java.util.ArrayList;
import java.util.List;

/**
 * The search text of every loaded row, page by page in one string per page, so that a search over
 * the whole bin is one {@link String#indexOf} sweep per page (vectorised by the JVM) instead of a
 * {@code contains} call per row: the rows it finds are the only ones the filter then looks at. UI
 * thread only.
 */
final class SearchIndex {
  /** One page: its rows' search texts, one after the other, each ending in a line break. */
  private record Chunk(String text, int[] starts, List<RecordingRow> rows) {
    static Chunk of(List<RecordingRow> rows) {
      StringBuilder text = new StringBuilder(rows.size() * 64);
      int[] starts = new int[rows.size() + 1];
      for (int i = 0; i < rows.size(); i++) {
        starts[i] = text.length();
        // A word never holds a line break: no hit spans two rows.
        text.append(rows.get(i).searchKey()).append('\n');
      }
      starts[rows.size()] = text.length();
      return new Chunk(text.toString(), starts, List.copyOf(rows));
    }

    /** The row whose text holds position {@code at}. */
    int rowAt(int at) {
      int lo = 0;
      int hi = rows.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts[mid] <= at) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }
  }

  private final List<Chunk> chunks = new ArrayList<>();

  /** A page of rows arrives (after those indexed so far). */
  void add(List<RecordingRow> page) {
    if (!page.isEmpty()) {
      chunks.add(Chunk.of(page));
    }
  }

  /** Indexes {@code rows} afresh, in pages of a thousand (after rows left the bin). */
  void rebuild(List<RecordingRow> rows) {
    chunks.clear();
    for (int from = 0; from < rows.size(); from += 1_000) {
      add(rows.subList(from, Math.min(from + 1_000, rows.size())));
    }
  }

  void clear() {
    chunks.clear();
  }

  /**
   * The rows whose search text contains {@code lowerCaseWord}, in the order they were added, each
   * once.
   */
  List<RecordingRow> rowsContaining(String lowerCaseWord) {
    List<RecordingRow> found = new ArrayList<>();
    for (Chunk chunk : chunks) {
      int from = 0;
      int at;
      while ((at = chunk.text().indexOf(lowerCaseWord, from)) >= 0) {
        int row = chunk.rowAt(at);
        found.add(chunk.rows().get(row));
        from = chunk.starts()[row + 1]; // one hit per row is enough
      }
    }
    return found;
  }
}
