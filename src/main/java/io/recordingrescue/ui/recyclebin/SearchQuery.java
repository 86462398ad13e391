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
   * Whether every row this query matches also matches {@code earlier}: the operator typed more
   * after it. Then only the rows shown for {@code earlier} need a look.
   */
  public boolean narrows(SearchQuery earlier) {
    if (earlier.isEmpty()) {
      return true;
    }
    // Each earlier word is a prefix of the word at its place now (the last one may have grown),
    // and words may have been added: a row holding the new words holds the old ones.
    if (words.length < earlier.words.length) {
      return false;
    }
    int last = earlier.words.length - 1;
    for (int i = 0; i < last; i++) {
      if (!words[i].equals(earlier.words[i])) {
        return false;
      }
    }
    return words[last].contains(earlier.words[last]);
  }

  /**
   * The longest word, lower-cased: the one fewest rows hold, as a rule; null for an empty query.
   */
  String longestWord() {
    String longest = null;
    for (String word : words) {
      if (longest == null || word.length() > longest.length()) {
        longest = word;
      }
    }
    return longest;
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
