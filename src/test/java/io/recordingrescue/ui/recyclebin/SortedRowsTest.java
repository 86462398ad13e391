package io.recordingrescue.ui.recyclebin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/**
 * The sorted view shows the source in comparator order after every kind of change, and its change
 * events, replayed on a copy, give the same list (which is what the table relies on).
 */
class SortedRowsTest {
  /** A row with a sort key, an id, and the place the sorted view keeps its rank in. */
  private static final class Row {
    private final int key;
    private final int id;
    private int rank = -1;

    Row(int key, int id) {
      this.key = key;
      this.id = id;
    }

    int key() {
      return key;
    }

    int id() {
      return id;
    }

    int rank() {
      return rank;
    }

    void rank(int rank) {
      this.rank = rank;
    }

    @Override
    public String toString() {
      return "Row[" + key + ", " + id + "]";
    }
  }

  private static final Comparator<Row> BY_KEY_DESC = Comparator.comparingInt(Row::key).reversed();

  private final ObservableList<Row> source = FXCollections.observableArrayList();
  private final SortedRows<Row> sorted = new SortedRows<>(source, Row::rank, Row::rank);
  private final List<Row> mirror = new ArrayList<>();
  private int permutations;

  SortedRowsTest() {
    sorted.addListener(
        (ListChangeListener<Row>)
            c -> {
              while (c.next()) {
                if (c.wasPermutated()) {
                  permutations++;
                  List<Row> copy = new ArrayList<>(mirror);
                  for (int i = c.getFrom(); i < c.getTo(); i++) {
                    copy.set(c.getPermutation(i), mirror.get(i));
                  }
                  mirror.clear();
                  mirror.addAll(copy);
                } else {
                  for (int i = 0; i < c.getRemovedSize(); i++) {
                    assertThat(mirror.remove(c.getFrom())).isSameAs(c.getRemoved().get(i));
                  }
                  mirror.addAll(c.getFrom(), c.getAddedSubList());
                }
              }
            });
  }

  @Test
  void appendedPagesGoWhereTheComparatorPutsThemAndEqualKeysKeepLoadOrder() {
    sorted.comparatorProperty().set(BY_KEY_DESC);
    Random random = new Random(3);
    int id = 0;
    for (int page = 0; page < 30; page++) {
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(40); i++) {
        rows.add(new Row(random.nextInt(50), id++));
      }
      source.addAll(rows);
      assertSortedAndMirrored(BY_KEY_DESC);
    }
  }

  @Test
  void rowsOfAPageThatLandTogetherAreOneAddedRange() {
    sorted.comparatorProperty().set(BY_KEY_DESC);
    source.addAll(new Row(10, 0), new Row(1, 1));
    List<int[]> added = new ArrayList<>();
    sorted.addListener(
        (ListChangeListener<Row>)
            c -> {
              while (c.next()) {
                added.add(new int[] {c.getFrom(), c.getTo()});
              }
            });
    source.addAll(new Row(5, 2), new Row(4, 3), new Row(6, 4), new Row(0, 5));
    assertSortedAndMirrored(BY_KEY_DESC); // keys 10 6 5 4 1 0
    assertThat(added).containsExactly(new int[] {1, 4}, new int[] {5, 6});
  }

  @Test
  void pagesArrivingWhileAFilterComesAndGoesAndRowsLeaveStaySorted() {
    // Equal keys are told apart by id: rows that arrived hidden by the filter take their place
    // among equal keys when they are first shown, not by load order.
    Comparator<Row> byKeyThenId = BY_KEY_DESC.thenComparingInt(Row::id);
    sorted.comparatorProperty().set(byKeyThenId);
    Random random = new Random(11);
    List<Row> loaded = new ArrayList<>();
    int id = 0;
    int shownEvery = 1; // the filter: ids divisible by this are shown
    for (int step = 0; step < 200; step++) {
      int action = random.nextInt(5);
      if (action < 3) { // a page of the load
        List<Row> page = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(30); i++) {
          page.add(new Row(random.nextInt(40), id++));
        }
        loaded.addAll(page);
        int every = shownEvery;
        source.addAll(page.stream().filter(r -> r.id() % every == 0).toList());
      } else if (action == 3) { // the operator types or erases
        shownEvery = 1 + random.nextInt(3);
        int every = shownEvery;
        source.setAll(loaded.stream().filter(r -> r.id() % every == 0).toList());
      } else if (!source.isEmpty()) { // one shown row is restored and leaves the bin
        Row gone = source.get(random.nextInt(source.size()));
        loaded.remove(gone);
        source.remove(gone);
      }
      assertSortedAndMirrored(byKeyThenId);
    }
  }

  @Test
  void withoutAComparatorTheViewIsTheSourceInLoadOrder() {
    source.addAll(new Row(1, 0), new Row(3, 1));
    source.addAll(new Row(2, 2));
    assertThat(sorted).containsExactlyElementsOf(source);
    assertThat(mirror).containsExactlyElementsOf(source);
  }

  @Test
  void removalsSetAllAndComparatorChangesKeepTheViewSorted() {
    Random random = new Random(5);
    for (int i = 0; i < 200; i++) {
      source.add(new Row(random.nextInt(30), i));
    }
    sorted.comparatorProperty().set(BY_KEY_DESC);
    assertSortedAndMirrored(BY_KEY_DESC);
    assertThat(permutations).isEqualTo(1);

    source.removeIf(r -> r.id() % 7 == 0);
    assertSortedAndMirrored(BY_KEY_DESC);

    source.setAll(new ArrayList<>(source.subList(10, 120)));
    assertSortedAndMirrored(BY_KEY_DESC);

    Comparator<Row> byId = Comparator.comparingInt(Row::id);
    sorted.comparatorProperty().set(byId);
    assertSortedAndMirrored(byId);

    sorted.comparatorProperty().set(null);
    assertThat(sorted).containsExactlyElementsOf(source);
    assertThat(mirror).containsExactlyElementsOf(source);

    source.add(3, new Row(99, 999)); // an insert in the middle of the source
    assertThat(sorted).containsExactlyElementsOf(source);
    source.clear();
    assertThat(sorted).isEmpty();
    assertThat(mirror).isEmpty();
  }

  @Test
  void typingAndErasingAFilterGivesTheSortedRowsEveryTime() {
    Random random = new Random(9);
    List<Row> all = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      all.add(new Row(random.nextInt(100), i));
    }
    sorted.comparatorProperty().set(BY_KEY_DESC);
    source.addAll(all.subList(0, 250)); // loaded so far
    for (int mod : new int[] {2, 4, 8, 4, 2, 1}) {
      source.setAll(all.subList(0, 250).stream().filter(r -> r.id() % mod == 0).toList());
      assertSortedAndMirrored(BY_KEY_DESC);
    }
    source.setAll(all); // rows the view has never seen arrive with a replacement
    assertSortedAndMirrored(BY_KEY_DESC);
    source.setAll(all.stream().filter(r -> r.key() > 50).toList());
    assertSortedAndMirrored(BY_KEY_DESC);
  }

  @Test
  void rowsLeavingFromOnePlaceAreRemovedThereAndFromTwoPlacesReplaceTheView() {
    List<ListChangeListener.Change<? extends Row>> changes = new ArrayList<>();
    sorted.addListener((ListChangeListener<Row>) changes::add);
    sorted.comparatorProperty().set(BY_KEY_DESC);
    for (int i = 0; i < 10; i++) {
      source.add(new Row(i, i)); // view: keys 9..0
    }
    ListChangeListener.Change<? extends Row> together = onlyChangeRemoving(changes, 6, 5);
    // view positions 3 and 4: together
    assertThat(together.wasReplaced()).isFalse();
    assertThat(together.getFrom()).isEqualTo(3);
    assertThat(together.getRemovedSize()).isEqualTo(2);
    assertThat(together.next()).isFalse();

    ListChangeListener.Change<? extends Row> apart = onlyChangeRemoving(changes, 8, 2);
    // positions 1 and 5 of what is left. One whole replacement: a table's selection model
    // mis-shifts on a change of two removals.
    assertThat(apart.wasReplaced()).isTrue();
    assertThat(apart.next()).isFalse();
  }

  /**
   * Removes the rows with {@code keys} from the source in one change (removeAll; removeIf removes,
   * and tells, row by row); the one change the view then fired, on its first part.
   */
  private ListChangeListener.Change<? extends Row> onlyChangeRemoving(
      List<ListChangeListener.Change<? extends Row>> changes, int... keys) {
    changes.clear();
    source.removeAll(withKeys(keys));
    assertSortedAndMirrored(BY_KEY_DESC);
    assertThat(changes).hasSize(1);
    ListChangeListener.Change<? extends Row> change = changes.get(0);
    change.reset();
    assertThat(change.next()).isTrue();
    return change;
  }

  private List<Row> withKeys(int... keys) {
    List<Row> rows = new ArrayList<>();
    for (int key : keys) {
      source.stream().filter(r -> r.key() == key).forEach(rows::add);
    }
    return rows;
  }

  @Test
  void sourceIndexesPointAtTheSameRows() {
    sorted.comparatorProperty().set(BY_KEY_DESC);
    source.addAll(new Row(1, 0), new Row(5, 1), new Row(3, 2));
    for (int v = 0; v < sorted.size(); v++) {
      assertThat(source.get(sorted.getSourceIndex(v))).isSameAs(sorted.get(v));
      assertThat(sorted.getViewIndex(sorted.getSourceIndex(v))).isEqualTo(v);
    }
  }

  private void assertSortedAndMirrored(Comparator<Row> cmp) {
    List<Row> expected = new ArrayList<>(source);
    expected.sort(cmp); // stable: equal keys in source order
    assertThat(sorted).containsExactlyElementsOf(expected);
    assertThat(mirror).containsExactlyElementsOf(expected);
  }
}
