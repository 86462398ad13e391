package io.recordingrescue.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Window size and column layout (order, width, visibility) between runs, in {@link Preferences}:
 * small, per user, and written by the JDK in the background.
 */
public final class WindowPrefs {
  private final Preferences node;

  public WindowPrefs(Preferences node) {
    this.node = node;
  }

  public void restore(Stage stage) {
    stage.setWidth(Math.max(800, node.getDouble("window.width", 1280)));
    stage.setHeight(Math.max(500, node.getDouble("window.height", 800)));
    stage.setMaximized(node.getBoolean("window.maximized", false));
  }

  public void save(Stage stage) {
    node.putBoolean("window.maximized", stage.isMaximized());
    if (!stage.isMaximized()) {
      node.putDouble("window.width", stage.getWidth());
      node.putDouble("window.height", stage.getHeight());
    }
  }

  public <S> void restore(TableView<S> table) {
    String order = node.get("columns.order", "");
    ObservableList<TableColumn<S, ?>> columns = table.getColumns();
    if (!order.isEmpty()) {
      List<TableColumn<S, ?>> sorted = new ArrayList<>();
      for (String id : Arrays.asList(order.split(","))) {
        columns.stream().filter(c -> id.equals(c.getId())).findFirst().ifPresent(sorted::add);
      }
      columns.stream().filter(c -> !sorted.contains(c)).forEach(sorted::add);
      columns.setAll(sorted);
    }
    for (TableColumn<S, ?> c : columns) {
      double width = node.getDouble("column." + c.getId() + ".width", -1);
      if (width > 10) {
        c.setPrefWidth(width);
      }
      c.setVisible(node.getBoolean("column." + c.getId() + ".visible", c.isVisible()));
    }
  }

  public <S> void save(TableView<S> table) {
    List<String> ids = new ArrayList<>();
    for (TableColumn<S, ?> c : table.getColumns()) {
      ids.add(c.getId());
      node.putDouble("column." + c.getId() + ".width", c.getWidth());
      node.putBoolean("column." + c.getId() + ".visible", c.isVisible());
    }
    node.put("columns.order", String.join(",", ids));
  }
}
