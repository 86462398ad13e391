package io.recordingrescue.ui.recyclebin;

import static io.recordingrescue.ui.Fakes.NOW;
import static io.recordingrescue.ui.Fakes.rec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/**
 * The shown rows tell their observers every change in a form that, replayed on a copy, gives the
 * same list; a new search's rows arrive as one change, and no change when they are the rows shown.
 */
class ShownRowsTest {
  private final ShownRows shown = new ShownRows();
  private final List<RecordingRow> mirror = new ArrayList<>();
  private final List<ListChangeListener.Change<? extends RecordingRow>> changes = new ArrayList<>();
  private final List<RecordingRow> rows = new ArrayList<>();

  ShownRowsTest() {
    for (int i = 0; i < 6; i++) {
      rows.add(
          new RecordingRow(
              rec("id-" + i, "Topic " + i, "o@x.com", "user", "calling", 1, NOW), NOW));
    }
    shown.addListener(
        (ListChangeListener<RecordingRow>)
            c -> {
              changes.add(c);
              while (c.next()) {
                assertThat(c.wasPermutated()).isFalse();
                for (int i = 0; i < c.getRemovedSize(); i++) {
                  assertThat(mirror.remove(c.getFrom())).isSameAs(c.getRemoved().get(i));
                }
                mirror.addAll(c.getFrom(), c.getAddedSubList());
              }
            });
  }

  private static SearchIndex.Found found(List<RecordingRow> rows) {
    SearchIndex.Found found = new SearchIndex.Found(1);
    rows.forEach(found::addRow);
    return found;
  }

  @Test
  void aNewSearchReplacesEveryRowInOneChangeAndTheSameRowsMakeNone() {
    shown.append(rows.subList(0, 4));
    changes.clear();

    shown.showExactly(found(List.of(rows.get(1), rows.get(5))));
    assertThat(shown).containsExactly(rows.get(1), rows.get(5));
    assertThat(mirror).containsExactlyElementsOf(shown);
    assertThat(changes).hasSize(1);
    ListChangeListener.Change<? extends RecordingRow> change = changes.get(0);
    change.reset();
    assertThat(change.next()).isTrue();
    assertThat(change.wasReplaced()).isTrue();
    assertThat(List.<RecordingRow>copyOf(change.getRemoved()))
        .containsExactlyElementsOf(rows.subList(0, 4));
    assertThat(List.<RecordingRow>copyOf(change.getAddedSubList()))
        .containsExactly(rows.get(1), rows.get(5));
    assertThat(change.next()).isFalse();
    assertThat(change.next()).isFalse();

    shown.showExactly(found(List.of(rows.get(1), rows.get(5))));
    assertThat(changes).hasSize(1);

    shown.showExactly(found(List.of()));
    assertThat(shown).isEmpty();
    assertThat(mirror).isEmpty();
    shown.showExactly(found(rows));
    assertThat(mirror).containsExactlyElementsOf(rows);
  }

  @Test
  void pagesAppendAndRowsThatLeaveTheBinAreRemovedWhereTheyStand() {
    shown.append(rows.subList(0, 2));
    shown.append(List.of());
    shown.append(rows.subList(2, 6));
    assertThat(mirror).containsExactlyElementsOf(rows);

    Set<RecordingRow> leaving = Set.of(rows.get(0), rows.get(3), rows.get(4));
    shown.stopShowing(leaving::contains);
    assertThat(shown).containsExactly(rows.get(1), rows.get(2), rows.get(5));
    assertThat(mirror).containsExactlyElementsOf(shown);

    // Appending after a removal reuses the array's free end; the rows stay in order.
    shown.append(List.of(rows.get(0)));
    assertThat(mirror).containsExactly(rows.get(1), rows.get(2), rows.get(5), rows.get(0));

    shown.showNothing();
    assertThat(shown).isEmpty();
    assertThat(mirror).isEmpty();
  }

  @Test
  void observersCannotChangeTheRows() {
    shown.append(rows.subList(0, 2));
    assertThatThrownBy(() -> shown.add(rows.get(3)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> shown.setAll(rows)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> shown.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(shown).containsExactlyElementsOf(rows.subList(0, 2));
  }

  @Test
  void aChangeIsReadOnlyAfterNext() {
    shown.showExactly(found(rows));
    ListChangeListener.Change<? extends RecordingRow> change = changes.get(0);
    change.reset();
    assertThatThrownBy(change::getFrom).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(change::getRemoved).isInstanceOf(IllegalStateException.class);
    assertThat(change.next()).isTrue();
    assertThat(change.wasAdded()).isTrue();
    assertThat(change.wasRemoved()).isFalse();
    assertThat(change.getTo()).isEqualTo(rows.size());
  }
}
