package io.recordingrescue.ui.settings;

import io.recordingrescue.auth.ScopeSet;
import io.recordingrescue.ui.LanguageChoice;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.ThemeChoice;
import javafx.beans.binding.StringBinding;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Settings: language and theme (this person's preferences), then the sign-in settings: client id,
 * client secret (never shown once saved), redirect port, scopes and API base URL, validated while
 * typing (ControlsFX decorations plus one line naming the field).
 */
public final class SettingsDialog {
  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final ButtonType save;

  public SettingsDialog(
      SettingsViewModel vm, AppearanceViewModel appearance, Messages m, Window owner) {
    dialog.initOwner(owner);
    dialog.setTitle(m.get("settings.title"));
    dialog.getDialogPane().setId("settingsDialog");
    save = new ButtonType(m.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = new ButtonType(m.get("settings.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    TextField clientId = new TextField();
    clientId.setId("clientId");
    clientId.setPrefColumnCount(32);
    clientId.textProperty().bindBidirectional(vm.clientIdProperty());

    PasswordField secret = new PasswordField();
    secret.setId("clientSecret");
    secret.setPromptText(m.get("settings.secret.prompt"));
    secret.textProperty().bindBidirectional(vm.newSecretProperty());
    secret.visibleProperty().bind(vm.changingSecretProperty());
    secret.managedProperty().bind(secret.visibleProperty());
    Label saved = new Label(m.get("settings.secret.saved"));
    saved.setId("secretSaved");
    Button change = new Button(m.get("settings.secret.change"));
    change.setId("changeSecret");
    change.setMnemonicParsing(true);
    change.setOnAction(e -> vm.changeSecret());
    HBox savedBox = new HBox(8, saved, change);
    savedBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    savedBox.visibleProperty().bind(vm.changingSecretProperty().not());
    savedBox.managedProperty().bind(savedBox.visibleProperty());
    StackPane secretCell = new StackPane(secret, savedBox);

    TextField port = new TextField();
    port.setId("redirectPort");
    port.setPrefColumnCount(6);
    port.textProperty().bindBidirectional(vm.redirectPortProperty());

    ToggleGroup scopes = new ToggleGroup();
    RadioButton user = new RadioButton(m.get("settings.scope.user"));
    user.setId("scopeUser");
    user.setToggleGroup(scopes);
    user.setUserData(ScopeSet.USER);
    RadioButton admin = new RadioButton(m.get("settings.scope.admin"));
    admin.setId("scopeAdmin");
    admin.setToggleGroup(scopes);
    admin.setUserData(ScopeSet.ADMIN);
    scopes.selectToggle(vm.scopeSetProperty().get() == ScopeSet.ADMIN ? admin : user);
    scopes
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                vm.scopeSetProperty().set((ScopeSet) now.getUserData());
              }
            });

    TextField api = new TextField();
    api.setId("apiBaseUrl");
    api.textProperty().bindBidirectional(vm.apiBaseUrlProperty());

    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    int row = 0;
    grid.addRow(row++, label(m, "settings.clientId", clientId), clientId);
    grid.addRow(row++, label(m, "settings.secret", secret), secretCell);
    grid.addRow(row++, label(m, "settings.port", port), port);
    Label scopeLabel = new Label(m.get("settings.scope"));
    scopeLabel.setMinWidth(Region.USE_PREF_SIZE);
    user.setMinWidth(Region.USE_PREF_SIZE);
    admin.setMinWidth(Region.USE_PREF_SIZE);
    grid.addRow(row++, scopeLabel, new HBox(12, user, admin));
    grid.addRow(row++, label(m, "settings.api", api), api);

    Label problem = new Label();
    problem.setId("settingsError");
    problem.setWrapText(true);
    problem.getStyleClass().add("danger");
    problem
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(vm.saveErrorProperty().isEmpty())
                .then(vm.firstErrorProperty())
                .otherwise(vm.saveErrorProperty()));
    Label where = new Label(vm.whereSaved());
    where.setWrapText(true);
    where.getStyleClass().add("text-muted");
    Label signInHeader = new Label(m.get("settings.header"));
    signInHeader.getStyleClass().add("title-4");
    signInHeader.setWrapText(true);
    VBox content =
        new VBox(
            12,
            appearanceSection(appearance, m),
            new Separator(),
            signInHeader,
            grid,
            problem,
            where);
    content.setPrefWidth(640);
    dialog.getDialogPane().setContent(content);

    ValidationSupport validation = new ValidationSupport();
    register(validation, clientId, vm.clientIdErrorProperty());
    register(validation, secret, vm.secretErrorProperty());
    register(validation, port, vm.portErrorProperty());
    register(validation, api, vm.apiUrlErrorProperty());

    dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
    Node saveButton = dialog.getDialogPane().lookupButton(save);
    saveButton.setId("saveSettings");
    saveButton.disableProperty().bind(vm.validProperty().not());
    // Keep the dialog open when saving fails; the message says why.
    saveButton.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          if (vm.save().isEmpty()) {
            e.consume();
          } else {
            appearance.save();
          }
        });
  }

  /** Shows the dialog and waits; true when the operator saved. */
  public boolean showAndWait() {
    return dialog.showAndWait().filter(b -> b == save).isPresent();
  }

  /** The dialog itself, for tests. */
  public Dialog<ButtonType> dialog() {
    return dialog;
  }

  /** Language and theme; a line says when the language needs a restart. */
  private static VBox appearanceSection(AppearanceViewModel vm, Messages m) {
    Label header = new Label(m.get("settings.appearance"));
    header.getStyleClass().add("title-4");

    ComboBox<LanguageChoice> language = new ComboBox<>();
    language.setId("language");
    language.getItems().setAll(LanguageChoice.values());
    language.setConverter(names(m, LanguageChoice::messageKey, LanguageChoice.class));
    language.valueProperty().bindBidirectional(vm.languageProperty());

    ComboBox<ThemeChoice> theme = new ComboBox<>();
    theme.setId("theme");
    theme.getItems().setAll(ThemeChoice.values());
    theme.setConverter(names(m, ThemeChoice::messageKey, ThemeChoice.class));
    theme.valueProperty().bindBidirectional(vm.themeProperty());

    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.addRow(0, label(m, "settings.language", language), language);
    grid.addRow(1, label(m, "settings.theme", theme), theme);

    Label restart = new Label(m.get("settings.language.restart"));
    restart.setId("languageRestart");
    restart.setWrapText(true);
    restart.getStyleClass().add("text-muted");
    restart.visibleProperty().bind(vm.restartNeededProperty());
    restart.managedProperty().bind(restart.visibleProperty());
    return new VBox(8, header, grid, restart);
  }

  private static <T> StringConverter<T> names(
      Messages m, java.util.function.Function<T, String> key, Class<T> type) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : m.get(key.apply(value));
      }

      @Override
      public T fromString(String text) {
        throw new UnsupportedOperationException(type.getSimpleName() + " lists are not editable");
      }
    };
  }

  private static Label label(Messages m, String key, Control target) {
    Label label = new Label(m.get(key));
    label.setMnemonicParsing(true);
    label.setLabelFor(target);
    label.setMinWidth(Region.USE_PREF_SIZE);
    target.setAccessibleText(m.get(key).replace("_", ""));
    return label;
  }

  /** The decoration follows the view model's rule for the field (its message names the field). */
  private static void register(
      ValidationSupport validation, Control control, StringBinding problem) {
    Validator<Object> validator =
        (c, value) -> ValidationResult.fromErrorIf(c, problem.get(), !problem.get().isEmpty());
    validation.registerValidator(control, false, validator);
    problem.addListener((obs, old, now) -> validation.revalidate(control));
  }
}
