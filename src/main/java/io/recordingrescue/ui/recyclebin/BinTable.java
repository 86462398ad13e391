package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.Messages;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The bin table: sorts a wrapper of the view model's visible rows (newest first until the operator
 * sorts otherwise), reports its selection to the view model and selects again the ids a refresh
 * asks for.
 */
final class BinTable {
  private final RecycleBinViewModel vm;
  private final TableView<RecordingRow> table = new TableView<>();
  // Set while the selection is rebuilt, so the view model hears of it once at the end.
  private boolean restoringSelection;
  // The view model's selection when the rows were replaced at once, until the table has handled it.
  private List<RecordingRow> selectionBeforeWholeChange;

  BinTable(RecycleBinViewModel vm, Messages m) {
    this.vm = vm;
    table.setId("binTable");
    table.setAccessibleRole(AccessibleRole.TABLE_VIEW);
    table.setAccessibleText(m.get("app.title"));
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setTableMenuButtonVisible(true);
    table.setPlaceholder(new Label(m.get("table.empty")));
    table.getColumns().addAll(new BinColumns(m, vm.state().formats(), vm.state().clock()).all());
    // Columns of short values keep the width that shows them whole; topic and owner share the rest.
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    ColumnFit.whenStyled(table);
    sortNewestFirst();
    vm.loader().selectionToRestoreProperty().addListener((o, was, ids) -> reselect(ids));
    table
        .getSelectionModel()
        .getSelectedItems()
        .addListener(
            (ListChangeListener<RecordingRow>)
                c -> {
                  if (!restoringSelection) {
                    // While rows leave the table, its selection model tells its listeners midway
                    // through shifting the selected indices, and an index past the end reads as a
                    // null row; its last event, once the shift is done, has the true selection.
                    vm.selectionChanged(
                        table.getSelectionModel().getSelectedItems().stream()
                            .filter(Objects::nonNull)
                            .toList());
                  }
                });
  }

  /**
   * Sorts by creation time, newest first, until the operator clicks another header. The rows are
   * compared with the columns' own {@link BinColumns#order orders}, straight from the recordings.
   * Not a {@code SortedList}: it pays a pass over every row for each row a page adds, where {@link
   * SortedRows} places a page by binary search and reorders a new filter's rows in one pass.
   */
  private void sortNewestFirst() {
    SortedRows<RecordingRow> sorted =
        new SortedRows<>(vm.loaded().visibleRows(), RecordingRow::sortRank, RecordingRow::sortRank);
    sorted
        .comparatorProperty()
        .bind(
            Bindings.createObjectBinding(
                () -> rowOrder(table.getSortOrder()), table.comparatorProperty()));
    keepSelectionAcrossWholeChanges(sorted);
    // The rows follow the comparator themselves; the default policy would sort the items again.
    table.setSortPolicy(t -> true);
    TableColumn<RecordingRow, ?> created =
        table.getColumns().stream()
            .filter(c -> "created".equals(c.getId()))
            .findFirst()
            .orElseThrow();
    created.setSortType(TableColumn.SortType.DESCENDING);
    table.getSortOrder().setAll(List.of(created));
  }

  /**
   * Shows {@code sorted} and keeps its selected rows selected when it replaces every row at once (a
   * search, a filter, rows leaving from several places): a table's selection model then keeps at
   * most one selected row. The selection the view model last heard of is taken before the table
   * sees the change, and its rows still shown are selected again once the table has handled it.
   */
  private void keepSelectionAcrossWholeChanges(SortedRows<RecordingRow> sorted) {
    sorted.addListener(
        (ListChangeListener<RecordingRow>)
            c -> {
              if (c instanceof WholeListChange<?> && !vm.state().selection().isEmpty()) {
                selectionBeforeWholeChange = vm.state().selection();
                restoringSelection = true;
              }
            });
    table.setItems(sorted); // its selection model hears of a change after the listener above
    sorted.addListener(
        (ListChangeListener<RecordingRow>)
            c -> {
              if (selectionBeforeWholeChange != null) {
                Set<RecordingRow> rows = Collections.newSetFromMap(new IdentityHashMap<>());
                rows.addAll(selectionBeforeWholeChange);
                selectionBeforeWholeChange = null;
                selectWhere(rows::contains);
              }
            });
  }

  /** The order of the table's sort columns, each ascending or descending; null for none. */
  static Comparator<RecordingRow> rowOrder(List<TableColumn<RecordingRow, ?>> sortOrder) {
    Comparator<RecordingRow> order = null;
    for (TableColumn<RecordingRow, ?> c : sortOrder) {
      Comparator<RecordingRow> by = BinColumns.order(c);
      if (by == null) {
        continue;
      }
      if (c.getSortType() == TableColumn.SortType.DESCENDING) {
        by = by.reversed();
      }
      order = order == null ? by : order.thenComparing(by);
    }
    return order;
  }

  TableView<RecordingRow> view() {
    return table;
  }

  private void reselect(Set<String> ids) {
    selectWhere(r -> ids.contains(r.id()));
  }

  /**
   * Selects the rows shown that pass {@code wanted}, in one step, and tells the view model once.
   */
  private void selectWhere(Predicate<RecordingRow> wanted) {
    List<RecordingRow> items = table.getItems();
    int[] at = new int[items.size()];
    int found = 0;
    for (int i = 0; i < items.size(); i++) {
      if (wanted.test(items.get(i))) {
        at[found++] = i;
      }
    }
    restoringSelection = true;
    try {
      table.getSelectionModel().clearSelection();
      if (found > 0) {
        table.getSelectionModel().selectIndices(at[0], Arrays.copyOfRange(at, 1, found));
      }
    } finally {
      restoringSelection = false;
    }
    vm.selectionChanged(List.copyOf(table.getSelectionModel().getSelectedItems()));
  }
}
