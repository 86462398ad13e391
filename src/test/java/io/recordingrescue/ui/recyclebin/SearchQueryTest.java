package io.recordingrescue.ui.recyclebin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {
  @Test
  void typingMoreNarrowsErasingDoesNot() {
    SearchQuery mee = SearchQuery.parse("Mee");
    assertThat(SearchQuery.parse("meet").narrows(mee)).isTrue();
    assertThat(SearchQuery.parse("meet ann").narrows(SearchQuery.parse("meet"))).isTrue();
    assertThat(SearchQuery.parse("me").narrows(mee)).isFalse();
    assertThat(SearchQuery.parse("mex").narrows(SearchQuery.parse("meet"))).isFalse();
    assertThat(SearchQuery.parse("ann meet").narrows(SearchQuery.parse("meet x"))).isFalse();
    assertThat(SearchQuery.parse("anything").narrows(SearchQuery.parse("  "))).isTrue();
  }

  @Test
  void everyWordMustOccurIgnoringCase() {
    SearchQuery q = SearchQuery.parse("  WEEKLY   ann ");
    assertThat(q.test("weekly sync\nann@x.com\nid-1")).isTrue();
    assertThat(q.test("weekly sync\nbob@x.com\nid-1")).isFalse();
    assertThat(SearchQuery.parse("").test("anything")).isTrue();
  }
}
