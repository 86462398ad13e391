package io.recordingrescue.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the dialogs build alike, said once: a modal dialog closed by one button, a command button
 * that is enabled while its view model says it can act, and a label that wraps its text.
 */
public final class Controls {
  private Controls() {}

  /** A resizable dialog over {@code owner}, modal to it, with one button that closes it. */
  public static Dialog<Void> modal(
      Window owner, String title, String header, String icon, String id, String closeText) {
    Dialog<Void> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.initModality(Modality.WINDOW_MODAL);
    dialog.setTitle(title);
    dialog.setHeaderText(header);
    dialog.setGraphic(new FontIcon(icon));
    dialog.setResizable(true);
    dialog.getDialogPane().setId(id);
    dialog
        .getDialogPane()
        .getButtonTypes()
        .add(new ButtonType(closeText, ButtonBar.ButtonData.CANCEL_CLOSE));
    return dialog;
  }

  /**
   * A button with a mnemonic in {@code text} and an optional icon, that runs {@code action} and is
   * enabled while {@code enabled} holds.
   */
  public static Button command(
      String text, String icon, String id, ObservableBooleanValue enabled, Runnable action) {
    Button button = icon == null ? new Button(text) : new Button(text, new FontIcon(icon));
    button.setId(id);
    button.setMnemonicParsing(true);
    button.disableProperty().bind(Bindings.not(enabled));
    button.setOnAction(e -> action.run());
    return button;
  }

  /** A label showing {@code text}, wrapped, as tall as the text needs. */
  public static Label wrapping(String id, ObservableValue<String> text) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.textProperty().bind(text);
    return label;
  }
}
