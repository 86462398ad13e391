package io.recordingrescue.ui.recyclebin;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;

/**
 * The search text of every loaded row, page by page in one string per page, so that a search over
 * the whole bin is one {@link String#indexOf} sweep per page (vectorised by the JVM) instead of a
 * {@code contains} call per row, and reads one contiguous text instead of a string per row
 * scattered over the heap. The rows keep no search text of their own. UI thread only, except {@link
 * Page#of}.
 */
final class SearchIndex {
  /**
   * One page of rows and their search texts, one after the other, each ending in a line break, and
   * for each row the set of characters its text holds ({@link #charBits}). Built on the scan's
   * thread, so that the UI thread only files it.
   */
  record Page(String text, int[] starts, long[] chars, List<RecordingRow> rows) {
    static Page of(List<RecordingRow> rows) {
      StringBuilder text = new StringBuilder(rows.size() * 160);
      int[] starts = new int[rows.size() + 1];
      long[] chars = new long[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        int start = text.length();
        starts[i] = start;
        RecordingRow row = rows.get(i);
        if (!row.appendSearchKey(text)) {
          text.setLength(start);
          text.append(row.searchKey());
        }
        chars[i] = charBits(text, start, text.length());
        // A word never holds a line break: no hit spans two rows.
        text.append('\n');
      }
      starts[rows.size()] = text.length();
      return new Page(text.toString(), starts, chars, List.copyOf(rows));
    }

    int size() {
      return rows.size();
    }

    /**
     * Adds the rows holding every word ({@link SearchQuery#wordsLongestFirst}; no word: every row)
     * to {@code found}, in order: one sweep for the first word; each other word is looked for only
     * from the row a hit is in, and a look that went past that row serves the rows up to it, so
     * each word costs one pass over the text at most.
     */
    void addRowsHolding(String[] words, Found found) {
      if (eachWordIsOneLetterOrDigit(words)) {
        // The first letters typed match most rows: their character sets answer without the text
        // (and no word at all wants no character: every row).
        long wanted = 0;
        for (String word : words) {
          wanted |= charBits(word);
        }
        for (int row = 0; row < chars.length; row++) {
          if ((chars[row] & wanted) == wanted) {
            found.addRow(rows.get(row));
          }
        }
        return;
      }
      int[] nextHit = new int[words.length]; // of each other word, at or after the row looked at
      Arrays.fill(nextHit, -1);
      int row = 0;
      int at = text.indexOf(words[0]);
      while (at >= 0) {
        while (starts[row + 1] <= at) {
          row++;
        }
        int start = starts[row];
        int end = starts[row + 1];
        if (holdsOthers(words, nextHit, start, end)) {
          found.addRow(rows.get(row));
        }
        at = text.indexOf(words[0], end); // one hit per row is enough
      }
    }

    private boolean holdsOthers(String[] words, int[] nextHit, int start, int end) {
      for (int w = 1; w < words.length; w++) {
        if (nextHit[w] < start) {
          int hit = text.indexOf(words[w], start);
          nextHit[w] = hit < 0 ? Integer.MAX_VALUE : hit;
        }
        // A word holds no line break, so a hit that starts in this row ends in it.
        if (nextHit[w] >= end) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The characters {@code lowerCaseText} holds, one bit each: a-z and 0-9 a bit of their own, every
   * other character one of 28 shared bits (so for those a set bit only says "maybe").
   */
  static long charBits(String lowerCaseText) {
    return charBits(lowerCaseText, 0, lowerCaseText.length());
  }

  private static long charBits(CharSequence lowerCaseText, int from, int to) {
    long bits = 0;
    for (int i = from; i < to; i++) {
      bits |= 1L << bitOf(lowerCaseText.charAt(i));
    }
    return bits;
  }

  private static int bitOf(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '0' && c <= '9') {
      return 26 + c - '0';
    }
    return 36 + c % 28;
  }

  private static boolean eachWordIsOneLetterOrDigit(String[] words) {
    for (String word : words) {
      if (word.length() != 1 || bitOf(word.charAt(0)) >= 36) {
        return false;
      }
    }
    return true;
  }

  /**
   * Rows a search found, in load order, in a plain array: a keystroke may find every row of the
   * bin, and adding 100,000 rows to an {@code ArrayList} took three times as long (measured: 4.5
   * against 1.6 ms). Read-only as a list; {@link ShownRows} shows one and appends pages to it.
   */
  static final class Found extends AbstractList<RecordingRow> implements RandomAccess {
    private RecordingRow[] rows;
    private int size;

    Found(int capacity) {
      rows = new RecordingRow[capacity];
    }

    void addRow(RecordingRow row) {
      if (size == rows.length) {
        rows = Arrays.copyOf(rows, Math.max(16, size * 2));
      }
      rows[size++] = row;
    }

    /** Keeps only the rows {@code passes} accepts, in order. */
    void keepOnly(Predicate<RecordingRow> passes) {
      int kept = 0;
      for (int i = 0; i < size; i++) {
        if (passes.test(rows[i])) {
          rows[kept++] = rows[i];
        }
      }
      Arrays.fill(rows, kept, size, null);
      size = kept;
    }

    /** Whether {@code other} holds the same rows (the same objects) in the same order. */
    boolean sameRowsAs(Found other) {
      return size == other.size && Arrays.equals(rows, 0, size, other.rows, 0, other.size);
    }

    @Override
    public RecordingRow get(int index) {
      Objects.checkIndex(index, size);
      return rows[index];
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Object[] toArray() {
      return Arrays.copyOf(rows, size);
    }
  }

  private final List<Page> chunks = new ArrayList<>();

  /** A page of rows arrives (after those indexed so far). */
  void add(Page page) {
    if (page.size() > 0) {
      chunks.add(page);
    }
  }

  /** Indexes {@code rows} afresh, in pages of a thousand (after rows left the bin). */
  void rebuild(List<RecordingRow> rows) {
    chunks.clear();
    for (int from = 0; from < rows.size(); from += 1_000) {
      add(Page.of(rows.subList(from, Math.min(from + 1_000, rows.size()))));
    }
  }

  void clear() {
    chunks.clear();
  }

  /**
   * The rows whose search text holds every word of {@code query}, in the order they were added;
   * every row for an empty query.
   */
  Found rowsMatching(SearchQuery query) {
    // Room for every row: the first letters typed match most of them, and growing the array as it
    // fills copied it again and again.
    Found found = new Found(chunks.stream().mapToInt(Page::size).sum());
    String[] words = query.wordsLongestFirst();
    for (Page chunk : chunks) {
      chunk.addRowsHolding(words, found);
    }
    return found;
  }
}
