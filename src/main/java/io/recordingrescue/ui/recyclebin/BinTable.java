package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.ColumnHeaders;
import io.recordingrescue.ui.Messages;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
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
    SortedList<RecordingRow> sorted = new SortedList<>(vm.visibleRows());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setTableMenuButtonVisible(true);
    table.setPlaceholder(new Label(m.get("table.empty")));
    table.getColumns().addAll(new BinColumns(m, vm.formats(), vm.clock()).all());
    ColumnHeaders.fitWhenShown(table);
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
