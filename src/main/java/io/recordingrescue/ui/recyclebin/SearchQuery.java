package io.recordingrescue.ui.recyclebin;

import java.util.Arrays;
import java.util.Locale;

/**
 * What the operator typed in the search box, split into lower-case words once per keystroke; a row
 * matches when its search text contains every word.
 */
public final class SearchQuery {
  private static final SearchQuery EVERYTHING = new SearchQuery("", new String[0]);

  private final String text;
  private final String[] words;

  private SearchQuery(String text, String[] words) {
    this.text = text;
    this.words = words;
  }

  public static SearchQuery parse(String query) {
    if (query == null || query.isBlank()) {
      return EVERYTHING;
    }
    String lower = query.toLowerCase(Locale.ROOT).strip();
    return new SearchQuery(lower, lower.split("\\s+"));
  }

  /** True for an empty query: every row matches. */
  public boolean isEmpty() {
    return words.length == 0;
  }

  /**
   * The words, the longest first: as a rule the one fewest rows hold, so the one a search sweeps
   * for; the others are then checked only in the rows it finds.
   */
  String[] wordsLongestFirst() {
    String[] sorted = words.clone();
    Arrays.sort(sorted, (a, b) -> Integer.compare(b.length(), a.length()));
    return sorted;
  }

  /** {@code lowerCaseText} must be lower-cased with {@link Locale#ROOT}. */
  boolean test(String lowerCaseText) {
    for (String word : words) {
      if (!lowerCaseText.contains(word)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SearchQuery q && Arrays.equals(words, q.words);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }

  @Override
  public String toString() {
    return text;
  }
}
