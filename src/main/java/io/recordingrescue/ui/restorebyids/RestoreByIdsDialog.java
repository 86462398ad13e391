package io.recordingrescue.ui.restorebyids;

import io.recordingrescue.ui.Controls;
import io.recordingrescue.ui.Messages;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The "Restore by ids…" dialog: paste, see what is found and what is not, restore. */
public final class RestoreByIdsDialog {
  private final Dialog<Void> dialog;

  public RestoreByIdsDialog(RestoreByIdsViewModel vm, Messages m, Window owner) {
    dialog =
        Controls.modal(
            owner,
            m.get("byIds.title"),
            m.get("byIds.prompt"),
            "mdi2f-format-list-numbered",
            "restoreByIdsDialog",
            m.get("byIds.close"));

    TextArea ids = new TextArea();
    ids.setId("pastedIds");
    ids.setPrefRowCount(8);
    ids.setAccessibleText(m.get("byIds.prompt"));
    ids.textProperty().bindBidirectional(vm.pastedProperty());
    Label label = new Label(m.get("byIds.label"));
    label.setMnemonicParsing(true);
    label.setLabelFor(ids);
    Label analysis = Controls.wrapping("idsAnalysis", vm.analysisProperty());
    Label unknownLabel = new Label(m.get("byIds.unknown"));
    unknownLabel.setWrapText(true);
    unknownLabel.setMinHeight(Region.USE_PREF_SIZE);
    TextArea unknown = new TextArea();
    unknown.setId("unknownIds");
    unknown.setEditable(false);
    unknown.setPrefRowCount(4);
    unknown.setAccessibleText(m.get("byIds.unknown"));
    unknown.textProperty().bind(vm.unknownIdsProperty());
    unknown.visibleProperty().bind(vm.unknownIdsProperty().isNotEmpty());
    unknown.managedProperty().bind(unknown.visibleProperty());
    unknownLabel.visibleProperty().bind(unknown.visibleProperty());
    unknownLabel.managedProperty().bind(unknown.visibleProperty());
    Button restore =
        Controls.command(
            m.get("byIds.restore"),
            "mdi2d-delete-restore",
            "restoreIdsButton",
            vm.canRestoreProperty(),
            () -> {
              vm.restore();
              dialog.close();
            });
    restore.getStyleClass().add("accent");
    VBox box = new VBox(8, label, ids, analysis, unknownLabel, unknown, restore);
    box.setPadding(new Insets(10));
    dialog.getDialogPane().setContent(box);
    dialog.getDialogPane().setPrefWidth(560);
    dialog.setOnShown(e -> ids.requestFocus());
    // The analysis and the unknown ids come and go while typing: the window follows their height.
    InvalidationListener grow =
        o ->
            Platform.runLater(
                () -> {
                  Scene scene = dialog.getDialogPane().getScene();
                  if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
                    scene.getWindow().sizeToScene();
                  }
                });
    analysis.textProperty().addListener(grow);
    unknown.visibleProperty().addListener(grow);
  }

  public Dialog<Void> dialog() {
    return dialog;
  }

  public void show() {
    dialog.show();
  }
}
