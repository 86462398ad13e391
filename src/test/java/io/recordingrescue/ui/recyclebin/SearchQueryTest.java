package io.recordingrescue.ui.recyclebin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {
  @Test
  void theLongestWordComesFirstLowerCased() {
    assertThat(SearchQuery.parse(" Ann  WEEKLY x ").wordsLongestFirst())
        .containsExactly("weekly", "ann", "x");
    assertThat(SearchQuery.parse("   ").wordsLongestFirst()).isEmpty();
  }

  @Test
  void everyWordMustOccurIgnoringCase() {
    SearchQuery q = SearchQuery.parse("  WEEKLY   ann ");
    assertThat(q.test("weekly sync\nann@x.com\nid-1")).isTrue();
    assertThat(q.test("weekly sync\nbob@x.com\nid-1")).isFalse();
    assertThat(SearchQuery.parse("").test("anything")).isTrue();
  }
}
