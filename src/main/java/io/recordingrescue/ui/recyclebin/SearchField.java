package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.Messages;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The search box and its keys: Escape clears it, Down moves to the table, so the operator can
 * search and pick rows without the mouse.
 */
final class SearchField {
  private final CustomTextField field = (CustomTextField) TextFields.createClearableTextField();
  private final Runnable focusTable;

  /**
   * @param focusTable moves the focus to the table (Down key)
   */
  SearchField(Runnable focusTable) {
    this.focusTable = focusTable;
  }

  /** Binds the box to the view model's search and sets its texts and keys. */
  TextField bind(RecycleBinViewModel vm, Messages m) {
    field.setId("search");
    field.setPromptText(m.get("search.prompt"));
    field.setAccessibleText(m.get("search.accessible"));
    field.setLeft(new FontIcon("mdi2m-magnify"));
    field.setPrefColumnCount(28);
    field.textProperty().bindBidirectional(vm.searchProperty());
    field.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            field.clear();
          } else if (e.getCode() == KeyCode.DOWN) {
            focusTable.run();
          }
        });
    return field;
  }

  /** Focuses the box with its text selected, so typing replaces the search. */
  void focus() {
    field.requestFocus();
    field.selectAll();
  }
}
