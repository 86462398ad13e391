package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.Messages;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;

/**
 * The bin table: sorts a wrapper of the view model's visible rows, reports its selection to the
 * view model and selects again the ids a refresh asks for.
 */
final class BinTable {
  private final RecycleBinViewModel vm;
  private final TableView<RecordingRow> table = new TableView<>();
  // Set while the selection is rebuilt row by row, so the view model hears of it once at the end.
  private boolean restoringSelection;

  BinTable(RecycleBinViewModel vm, Messages m) {
    this.vm = vm;
    table.setId("binTable");
    table.setAccessibleRole(AccessibleRole.TABLE_VIEW);
    table.setAccessibleText(m.get("app.title"));
    // Not a SortedList: it pays a pass over every row for each row a page adds (see SortedRows).
    SortedRows<RecordingRow> sorted = new SortedRows<>(vm.visibleRows());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    // The rows follow the table's comparator themselves; the default policy would sort the items.
    table.setSortPolicy(t -> true);
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setTableMenuButtonVisible(true);
    table.setPlaceholder(new Label(m.get("table.empty")));
    table.getColumns().addAll(new BinColumns(m, vm.formats(), vm.clock()).all());
    // Ids are long and rarely read; the table menu shows the column when wanted.
    table.getColumns().stream()
        .filter(c -> "id".equals(c.getId()))
        .forEach(c -> c.setVisible(false));
    table
        .getSelectionModel()
        .getSelectedItems()
        .addListener(
            (ListChangeListener<RecordingRow>)
                c -> {
                  if (!restoringSelection) {
                    vm.selectionChanged(table.getSelectionModel().getSelectedItems());
                  }
                });
    vm.selectionToRestoreProperty().addListener((o, was, ids) -> reselect(ids));
  }

  TableView<RecordingRow> view() {
    return table;
  }

  private void reselect(Set<String> ids) {
    restoringSelection = true;
    try {
      table.getSelectionModel().clearSelection();
      for (int i = 0; i < table.getItems().size(); i++) {
        if (ids.contains(table.getItems().get(i).id())) {
          table.getSelectionModel().select(i);
        }
      }
    } finally {
      restoringSelection = false;
    }
    vm.selectionChanged(table.getSelectionModel().getSelectedItems());
  }
}
