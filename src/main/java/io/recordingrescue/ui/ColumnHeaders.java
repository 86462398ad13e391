package io.recordingrescue.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Widens a table's columns so that each header shows its whole name: translated headers are often
 * longer than the English ones the default widths were chosen for. A column the operator made wider
 * stays as it is.
 */
public final class ColumnHeaders {
  /** Room for the sort arrow beside the name. */
  private static final double SORT_ARROW = 18;

  private ColumnHeaders() {}

  /** Fits the headers once the table is shown (its header nodes exist only then). */
  public static void fitWhenShown(TableView<?> table) {
    table
        .sceneProperty()
        .addListener(
            (o, was, scene) -> {
              if (scene != null) {
                Platform.runLater(() -> fit(table));
              }
            });
    if (table.getScene() != null) {
      Platform.runLater(() -> fit(table));
    }
  }

  /** Fits the headers now; call on the FX thread. */
  public static void fit(TableView<?> table) {
    table.applyCss();
    table.layout();
    for (Node node : table.lookupAll(".column-header")) {
      if (!(node instanceof TableColumnHeader header) || header.getTableColumn() == null) {
        continue;
      }
      TableColumnBase<?, ?> column = header.getTableColumn();
      if (!column.getColumns().isEmpty()) {
        continue; // a nested header's width is its children's
      }
      Node label = header.lookup(".label");
      if (!(label instanceof Label l)) {
        continue;
      }
      double needed =
          Math.ceil(
              l.prefWidth(-1)
                  + header.snappedLeftInset()
                  + header.snappedRightInset()
                  + SORT_ARROW);
      if (column.getWidth() < needed) {
        column.setPrefWidth(needed);
      }
    }
  }
}
