package io.recordingrescue.ui.recyclebin;

import atlantafx.base.theme.Styles;
import io.recordingrescue.ui.Messages;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Below the table: every field of the selected recording ({@link RecordingDetails}), three groups
 * side by side. Values are read-only text fields, so any of them can be selected and copied; ids
 * also have a copy button. The pane folds away when the operator wants the rows' room.
 */
final class DetailsPane {
  /** Fits a line of text or a small copy button. */
  private static final double ROW_HEIGHT = 24;

  private DetailsPane() {}

  static TitledPane build(RecordingDetails details, Messages m) {
    GridPane grid = new GridPane();
    grid.setHgap(6);
    grid.setVgap(0);
    grid.setPadding(new Insets(4, 8, 4, 8));
    List<List<RecordingDetails.Field>> groups = details.groups();
    for (int g = 0; g < groups.size(); g++) {
      ColumnConstraints label = new ColumnConstraints();
      label.setMinWidth(Region.USE_PREF_SIZE);
      ColumnConstraints value = new ColumnConstraints(0, 100, Double.MAX_VALUE);
      value.setHgrow(Priority.ALWAYS);
      ColumnConstraints copy = new ColumnConstraints();
      copy.setMinWidth(Region.USE_PREF_SIZE);
      grid.getColumnConstraints().addAll(label, value, copy);
      List<RecordingDetails.Field> fields = groups.get(g);
      while (grid.getRowConstraints().size() < fields.size()) {
        // Rows with and without a copy button are equally high.
        RowConstraints row = new RowConstraints(ROW_HEIGHT, ROW_HEIGHT, ROW_HEIGHT);
        row.setValignment(VPos.CENTER);
        grid.getRowConstraints().add(row);
      }
      for (int row = 0; row < fields.size(); row++) {
        add(grid, fields.get(row), 3 * g, row, m);
      }
    }
    TitledPane pane = new TitledPane();
    pane.setId("detailsPane");
    pane.textProperty().bind(details.titleProperty());
    pane.setContent(grid);
    pane.setAnimated(false);
    pane.getStyleClass().addAll("details-pane", Styles.DENSE);
    return pane;
  }

  private static void add(
      GridPane grid, RecordingDetails.Field field, int column, int row, Messages m) {
    Label label = new Label(field.label());
    label.getStyleClass().add("details-label");
    TextField value = new TextField();
    value.setId("detail-" + field.name());
    value.setEditable(false);
    value.setFocusTraversable(false);
    value.getStyleClass().add("details-value");
    value.textProperty().bind(field.textProperty());
    value.setAccessibleText(field.label());
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(field.textProperty());
    tip.setWrapText(true);
    tip.setMaxWidth(600);
    value.setTooltip(tip);
    label.setLabelFor(value);
    grid.add(label, column, row);
    grid.add(value, column + 1, row);
    if (field.isId()) {
      FontIcon icon = new FontIcon("mdi2c-content-copy");
      icon.setIconSize(14);
      Button copy = new Button(null, icon);
      copy.setId("copy-" + field.name());
      copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "details-copy");
      String tipText = m.format("details.copy.tip", field.label());
      copy.setTooltip(new Tooltip(tipText));
      copy.setAccessibleText(tipText);
      copy.disableProperty().bind(field.givenProperty().not());
      copy.setOnAction(e -> copy(field.text()));
      grid.add(copy, column + 2, row);
    }
  }

  private static void copy(String text) {
    ClipboardContent content = new ClipboardContent();
    content.putString(text);
    Clipboard.getSystemClipboard().setContent(content);
  }
}
