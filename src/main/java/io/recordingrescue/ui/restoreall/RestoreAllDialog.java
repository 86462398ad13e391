package io.recordingrescue.ui.restoreall;

import io.recordingrescue.ui.Controls;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.webex.EmailAddress;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/** The "Restore all for a user…" dialog; all decisions are in {@link RestoreAllViewModel}. */
public final class RestoreAllDialog {
  private final Dialog<Void> dialog;

  public RestoreAllDialog(RestoreAllViewModel vm, Messages m, Window owner) {
    String title = m.get(vm.isAdmin() ? "restoreAll.title" : "restoreAll.titleMine");
    dialog =
        Controls.modal(
            owner,
            title,
            title,
            "mdi2a-account-arrow-left",
            "restoreAllDialog",
            m.get("restoreAll.close"));

    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(10);
    grid.setPadding(new Insets(10));
    int row = 0;
    TextField email = new TextField();
    if (vm.isAdmin()) {
      Label label = new Label(m.get("restoreAll.email"));
      label.setMinWidth(Region.USE_PREF_SIZE);
      label.setMnemonicParsing(true);
      label.setLabelFor(email);
      email.setId("ownerEmail");
      email.setPromptText(m.get("restoreAll.email.prompt"));
      email.setPrefColumnCount(28);
      email.textProperty().bindBidirectional(vm.ownerEmailProperty());
      email.setAccessibleText(m.get("restoreAll.email").replace("_", ""));
      ValidationSupport validation = new ValidationSupport();
      validation.registerValidator(
          email,
          true,
          Validator.createPredicateValidator(
              (String s) -> EmailAddress.isValid(s), m.get("restoreAll.emailRequired")));
      grid.addRow(row++, label, email);
      Label validationText = new Label();
      validationText.setId("emailValidation");
      validationText.getStyleClass().add("danger");
      validationText.textProperty().bind(vm.validationMessageProperty());
      grid.add(validationText, 1, row++);
    }
    Button preview =
        Controls.command(
            m.get("restoreAll.previewButton"),
            "mdi2m-magnify",
            "previewButton",
            vm.canPreviewProperty(),
            vm::preview);
    preview.setDefaultButton(true);
    Button restore =
        Controls.command(
            m.get("restoreAll.restoreButton"),
            "mdi2d-delete-restore",
            "restoreAllButton",
            vm.canRestoreProperty(),
            vm::restore);
    restore.getStyleClass().add("accent");
    grid.add(new HBox(10, preview, restore), 1, row++);
    Label previewText = Controls.wrapping("previewText", vm.previewTextProperty());
    previewText.setMaxWidth(480);
    grid.add(previewText, 0, row++, 2, 1);
    Label result = Controls.wrapping("restoreAllResult", vm.resultTextProperty());
    result.setMaxWidth(480);
    grid.add(result, 0, row, 2, 1);
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().setPrefWidth(560);
    dialog.setOnShown(e -> (vm.isAdmin() ? email : preview).requestFocus());
  }

  public Dialog<Void> dialog() {
    return dialog;
  }

  public void show() {
    dialog.show();
  }
}
