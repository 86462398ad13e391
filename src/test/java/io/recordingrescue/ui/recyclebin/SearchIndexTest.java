package io.recordingrescue.ui.recyclebin;

import static io.recordingrescue.ui.Fakes.NOW;
import static io.recordingrescue.ui.Fakes.rec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  private static RecordingRow row(String id, String topic, String owner) {
    return new RecordingRow(rec(id, topic, owner, "user", "calling", 1, NOW), NOW);
  }

  private final RecordingRow a = row("id-a", "Weekly sync", "ann@x.com");
  private final RecordingRow b = row("id-b", "Sync about the weekly sync", "bob@x.com");
  private final RecordingRow c = row("id-c", "Встреча", "cy@x.com");
  private final RecordingRow d = row("id-d", "Lobby", "dee@x.com");

  private static SearchIndex.Found foundOf(RecordingRow... rows) {
    SearchIndex.Found found = new SearchIndex.Found(rows.length);
    List.of(rows).forEach(found::addRow);
    return found;
  }

  private static List<RecordingRow> found(SearchIndex index, String query) {
    return index.rowsMatching(SearchQuery.parse(query));
  }

  @Test
  void aPagesTextIsEachRowsSearchKeyWrittenWithoutBuildingIt() {
    // Scripts, letters outside the first 64k, and the two characters whose lower case depends on
    // their neighbours or takes two chars (capital sigma, dotted capital I): those rows fall back.
    List<RecordingRow> rows =
        List.of(
            a,
            c,
            row("ID-E", "ΟΔΟΣ ΣΟΦΙΑ — Ἀθῆναι", "Eleni@X.GR"),
            row("id-f", "İstanbul ıI", "İpek@x.com.tr"),
            row("id-g", "Straße ẞ 𐐀𐐁 emoji 😀 ǅ", "Zoë@Example.COM"),
            row("", "", ""),
            row("Y2lzY29zcGFyazovL3VzL1JFQ09SRElORy8x", "東京 Zürich", "OWNER@X.COM"));

    SearchIndex.Page page = SearchIndex.Page.of(rows);

    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      String key = rows.get(i).searchKey();
      assertThat(page.starts()[i]).isEqualTo(expected.length());
      assertThat(page.chars()[i]).as("row %d", i).isEqualTo(SearchIndex.charBits(key));
      expected.append(key).append('\n');
    }
    assertThat(page.text()).isEqualTo(expected.toString());
    assertThat(page.starts()[rows.size()]).isEqualTo(expected.length());
  }

  @Test
  void findsEachRowOnceInTheOrderThePagesCame() {
    SearchIndex index = new SearchIndex();
    index.add(SearchIndex.Page.of(List.of(a, b)));
    index.add(SearchIndex.Page.of(List.of()));
    index.add(SearchIndex.Page.of(List.of(c, d)));
    assertThat(found(index, "sync")).containsExactly(a, b);
    assertThat(found(index, "встр")).containsExactly(c);
    assertThat(found(index, "@x.com")).containsExactly(a, b, c, d);
    assertThat(found(index, "id-d")).containsExactly(d);
    assertThat(found(index, "nothing")).isEmpty();
  }

  @Test
  void foundRowsKeepTheirOrderThroughAQuickFilterAndKnowWhetherTheyAreTheSameRows() {
    SearchIndex.Found found = new SearchIndex.Found(1); // grows as rows come
    List.of(a, b, c, d).forEach(found::addRow);
    found.keepOnly(r -> r != b);
    assertThat(found).containsExactly(a, c, d);
    assertThat(found.sameRowsAs(foundOf(a, c, d))).isTrue();
    assertThat(found.sameRowsAs(foundOf(a, d, c))).isFalse();
    assertThat(found.sameRowsAs(foundOf(a, c))).isFalse();
    assertThat(found.toArray()).containsExactly(a, c, d);
  }

  @Test
  void noHitSpansTwoRowsOrTwoFields() {
    SearchIndex index = new SearchIndex();
    index.add(SearchIndex.Page.of(List.of(a, b)));
    // The end of a's id and the start of b's topic, and a's topic with its owner.
    assertThat(found(index, "id-async")).isEmpty();
    assertThat(found(index, "syncann")).isEmpty();
  }

  @Test
  void everyWordMustBeInTheSameRowInAnyField() {
    SearchIndex index = new SearchIndex();
    index.add(SearchIndex.Page.of(List.of(a, b, c, d)));
    assertThat(found(index, "weekly ANN")).containsExactly(a);
    assertThat(found(index, "x.com sync weekly")).containsExactly(a, b);
    assertThat(found(index, "sync id-b")).containsExactly(b);
    // "lobby" is in d only, "sync" in a and b only: no row holds both.
    assertThat(found(index, "lobby sync")).isEmpty();
    assertThat(found(index, "sync lobby")).isEmpty();
    assertThat(found(index, "sync nothing")).isEmpty();
    assertThat(found(index, "  ")).containsExactly(a, b, c, d);
  }

  @Test
  void oneLetterOrDigitWordsAreAnsweredFromEachRowsCharacters() {
    SearchIndex index = new SearchIndex();
    index.add(SearchIndex.Page.of(List.of(a, b, c, d)));
    assertThat(found(index, "y")).containsExactly(a, b, c, d); // sync, cy@, lobby
    assertThat(found(index, "w")).containsExactly(a, b);
    assertThat(found(index, "L b")).containsExactly(b, d); // weekly + about/bob@, lobby
    assertThat(found(index, "e")).containsExactly(a, b, d); // c's "встреча" holds a Cyrillic е
    assertThat(found(index, "q")).isEmpty();
    assertThat(found(index, "5")).isEmpty();
    // Characters without a bit of their own are looked up in the text.
    assertThat(found(index, "в")).containsExactly(c);
    assertThat(found(index, "-")).containsExactly(a, b, c, d);
    assertThat(found(index, "@")).containsExactly(a, b, c, d);
    assertThat(found(index, "!")).isEmpty();
  }

  @Test
  void aCharacterSetHoldsEachLetterAndDigitOnItsOwnBit() {
    assertThat(SearchIndex.charBits("abc")).isEqualTo(0b111L);
    assertThat(SearchIndex.charBits("z9")).isEqualTo((1L << 25) | (1L << 35));
    assertThat(SearchIndex.charBits("")).isZero();
    assertThat(Long.bitCount(SearchIndex.charBits("abcdefghijklmnopqrstuvwxyz0123456789")))
        .isEqualTo(36);
  }

  @Test
  void rebuiltWithoutARowNoLongerFindsIt() {
    SearchIndex index = new SearchIndex();
    index.add(SearchIndex.Page.of(List.of(a, b, c)));
    index.rebuild(List.of(a, c));
    assertThat(found(index, "sync")).containsExactly(a);
    index.clear();
    assertThat(found(index, "@x.com")).isEmpty();
  }
}
