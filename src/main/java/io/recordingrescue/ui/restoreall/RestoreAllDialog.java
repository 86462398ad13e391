package io.recordingrescue.ui.restoreall;

import io.recordingrescue.ui.Messages;
import io.recordingrescue.webex.EmailAddress;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "Restore all for a user…" dialog; all decisions are in {@link RestoreAllViewModel}. */
public final class RestoreAllDialog {
  private final Dialog<Void> dialog = new Dialog<>();

  public RestoreAllDialog(RestoreAllViewModel vm, Messages m, Window owner) {
    dialog.initOwner(owner);
    dialog.initModality(Modality.WINDOW_MODAL);
    dialog.setTitle(m.get(vm.isAdmin() ? "restoreAll.title" : "restoreAll.titleMine"));
    dialog.setHeaderText(dialog.getTitle());
    dialog.setGraphic(new FontIcon("mdi2a-account-arrow-left"));
    dialog.setResizable(true);
    dialog.getDialogPane().setId("restoreAllDialog");
    ButtonType close = new ButtonType(m.get("restoreAll.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().add(close);

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
    Button preview = new Button(m.get("restoreAll.previewButton"), new FontIcon("mdi2m-magnify"));
    preview.setId("previewButton");
    preview.setMnemonicParsing(true);
    preview.setDefaultButton(true);
    preview.disableProperty().bind(vm.canPreviewProperty().not());
    preview.setOnAction(e -> vm.preview());
    Button restore =
        new Button(m.get("restoreAll.restoreButton"), new FontIcon("mdi2d-delete-restore"));
    restore.setId("restoreAllButton");
    restore.setMnemonicParsing(true);
    restore.getStyleClass().add("accent");
    restore.disableProperty().bind(vm.canRestoreProperty().not());
    restore.setOnAction(e -> vm.restore());
    grid.add(new HBox(10, preview, restore), 1, row++);
    Label previewText = new Label();
    previewText.setId("previewText");
    previewText.setWrapText(true);
    previewText.setMaxWidth(480);
    previewText.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    previewText.textProperty().bind(vm.previewTextProperty());
    grid.add(previewText, 0, row++, 2, 1);
    Label result = new Label();
    result.setId("restoreAllResult");
    result.setWrapText(true);
    result.setMaxWidth(480);
    result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    result.textProperty().bind(vm.resultTextProperty());
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
