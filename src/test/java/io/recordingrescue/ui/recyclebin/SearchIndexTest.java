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

  @Test
  void findsEachRowOnceInTheOrderThePagesCame() {
    SearchIndex index = new SearchIndex();
    index.add(List.of(a, b));
    index.add(List.of());
    index.add(List.of(c, d));
    assertThat(index.rowsContaining("sync")).containsExactly(a, b);
    assertThat(index.rowsContaining("встр")).containsExactly(c);
    assertThat(index.rowsContaining("@x.com")).containsExactly(a, b, c, d);
    assertThat(index.rowsContaining("id-d")).containsExactly(d);
    assertThat(index.rowsContaining("nothing")).isEmpty();
  }

  @Test
  void noHitSpansTwoRowsOrTwoFields() {
    SearchIndex index = new SearchIndex();
    index.add(List.of(a, b));
    // The end of a's id and the start of b's topic, and a's topic with its owner.
    assertThat(index.rowsContaining("id-async")).isEmpty();
    assertThat(index.rowsContaining("syncann")).isEmpty();
  }

  @Test
  void rebuiltWithoutARowNoLongerFindsIt() {
    SearchIndex index = new SearchIndex();
    index.add(List.of(a, b, c));
    index.rebuild(List.of(a, c));
    assertThat(index.rowsContaining("sync")).containsExactly(a);
    index.clear();
    assertThat(index.rowsContaining("@x.com")).isEmpty();
  }
}
