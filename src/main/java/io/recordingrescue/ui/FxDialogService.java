package io.recordingrescue.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Dialogs over the main window. A finished job raises a desktop notification only when no window of
 * the app has focus (the summary is in the window anyway).
 */
public final class FxDialogService implements DialogService {
  private final Supplier<Window> owner;
  private final SaveLocation saveLocation;
  private final Messages m;

  public FxDialogService(Supplier<Window> owner, Messages messages) {
    this(owner, FxDialogService::fileChooser, messages);
  }

  /** With another way to pick where files are saved (tests). */
  public FxDialogService(Supplier<Window> owner, SaveLocation saveLocation, Messages messages) {
    this.owner = owner;
    this.saveLocation = saveLocation;
    this.m = messages;
  }

  /** JavaFX names OK and Cancel in the JVM's language: the bundle names them in the window's. */
  private void nameButtons(Alert alert) {
    for (ButtonType type : alert.getButtonTypes()) {
      if (alert.getDialogPane().lookupButton(type) instanceof Button button) {
        button.setText(m.get(type == ButtonType.CANCEL ? "dialog.cancel" : "dialog.ok"));
      }
    }
  }

  @Override
  public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
    return saveLocation.ask(owner.get(), title, suggestedName, extension);
  }

  /** The platform's save dialog, filtered to {@code extension}. */
  public static Optional<Path> fileChooser(
      Window owner, String title, String suggestedName, String extension) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.setInitialFileName(suggestedName);
    chooser
        .getExtensionFilters()
        .add(
            new FileChooser.ExtensionFilter(
                extension.toUpperCase(java.util.Locale.ROOT), "*." + extension));
    File file = chooser.showSaveDialog(owner);
    return Optional.ofNullable(file).map(File::toPath);
  }

  @Override
  public boolean confirm(String title, String header, String details) {
    Alert alert =
        new Alert(Alert.AlertType.CONFIRMATION, details, ButtonType.OK, ButtonType.CANCEL);
    alert.initOwner(owner.get());
    alert.setTitle(title);
    alert.setHeaderText(header);
    alert.getDialogPane().setId("confirmDialog");
    nameButtons(alert);
    return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
  }

  @Override
  public void showError(String title, String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner.get());
    alert.setTitle(title);
    alert.setHeaderText(title);
    TextArea text = new TextArea(message);
    text.setEditable(false);
    text.setWrapText(true);
    text.setPrefRowCount(4);
    alert.getDialogPane().setContent(text);
    alert.getDialogPane().setId("errorDialog");
    nameButtons(alert);
    alert.show();
  }

  @Override
  public void jobFinished(String title, String summary) {
    Window w = owner.get();
    boolean anyFocused = Window.getWindows().stream().anyMatch(Window::isFocused);
    if (w == null || anyFocused) {
      return;
    }
    Notifications.create()
        .owner(w)
        .title(title)
        .text(summary.length() > 400 ? summary.substring(0, 400) + "…" : summary)
        .hideAfter(Duration.seconds(10))
        .showInformation();
  }
}
