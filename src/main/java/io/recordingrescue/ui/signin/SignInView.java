package io.recordingrescue.ui.signin;

import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.SandboxBanner;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The sign-in screen: Sign in with Webex (browser), a personal access token, Settings, and "Try it
 * with sample data"; in sandbox mode the quick demo identities under a banner that says nothing is
 * real. Only binds to {@link SignInViewModel}.
 *
 * <p>The icons and the scroll pane come with {@link #complete}, not with the controls: the first
 * icon costs Ikonli's resolver (27 icon handlers found by {@code ServiceLoader}) and its 1 MB icon
 * font, the scroll pane its skin, behaviour and two scroll bars; the app's first frame waits for
 * neither.
 */
public final class SignInView {
  private final BorderPane root;
  private final Map<Labeled, String> icons = new LinkedHashMap<>();
  private final StackPane centre;
  private boolean completed;

  public SignInView(SignInViewModel<?> vm, Messages m) {
    Label title = new Label(m.get("signin.title"));
    title.getStyleClass().add("title-2");
    Label intro = new Label(m.get("signin.intro"));
    intro.setWrapText(true);

    Label error = new Label();
    error.setId("signInError");
    error.setWrapText(true);
    error.getStyleClass().add("danger");
    icons.put(error, "mdi2a-alert-circle-outline");
    error.textProperty().bind(vm.errorProperty());
    error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());

    // ---- browser ----
    Button browser = new Button(m.get("signin.browser"));
    icons.put(browser, "mdi2o-open-in-new");
    browser.setId("signInWithWebex");
    browser.setMnemonicParsing(true);
    browser.getStyleClass().add("accent");
    browser.setDefaultButton(true);
    browser.setMaxWidth(Double.MAX_VALUE);
    browser.disableProperty().bind(vm.canUseBrowserProperty().not());
    browser.setOnAction(e -> vm.signInWithBrowser());
    Label notConfigured = new Label();
    notConfigured.setId("signInHint");
    notConfigured.setWrapText(true);
    notConfigured.getStyleClass().add("text-muted");
    notConfigured.textProperty().bind(vm.integrationHintProperty());
    notConfigured.visibleProperty().bind(vm.browserConfiguredProperty().not());
    notConfigured.managedProperty().bind(notConfigured.visibleProperty());

    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(22, 22);
    Label status = new Label();
    status.setId("signInStatus");
    status.setWrapText(true);
    status.textProperty().bind(vm.statusProperty());
    Button cancel = new Button(m.get("signin.cancel"));
    cancel.setId("cancelSignIn");
    cancel.setMnemonicParsing(true);
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> vm.cancel());
    cancel
        .visibleProperty()
        .bind(vm.phaseProperty().isEqualTo(SignInViewModel.Phase.WAITING_FOR_BROWSER));
    cancel.managedProperty().bind(cancel.visibleProperty());
    spinner.visibleProperty().bind(vm.busyProperty());
    spinner.managedProperty().bind(spinner.visibleProperty());
    Region statusGap = new Region();
    HBox.setHgrow(statusGap, Priority.ALWAYS);
    HBox statusLine = new HBox(10, spinner, status, statusGap, cancel);
    statusLine.setId("waitingBox");
    statusLine.setAlignment(Pos.CENTER_LEFT);
    statusLine.visibleProperty().bind(vm.statusProperty().isNotEmpty());
    statusLine.managedProperty().bind(statusLine.visibleProperty());

    // ---- personal access token ----
    Label tokenTitle = new Label(m.get("signin.token.title"));
    tokenTitle.getStyleClass().add("title-4");
    PasswordField token = new PasswordField();
    token.setId("patField");
    token.setPromptText(m.get("signin.token.prompt"));
    token.setAccessibleText(m.get("signin.token.title"));
    token.textProperty().bindBidirectional(vm.tokenProperty());
    token.disableProperty().bind(vm.busyProperty());
    token.setOnAction(e -> vm.signInWithToken());
    HBox.setHgrow(token, Priority.ALWAYS);
    Button useToken = new Button(m.get("signin.token.use"));
    icons.put(useToken, "mdi2k-key-outline");
    useToken.setId("useToken");
    useToken.setMnemonicParsing(true);
    useToken.disableProperty().bind(vm.canUseTokenProperty().not());
    useToken.setOnAction(e -> vm.signInWithToken());
    HBox tokenLine = new HBox(8, token, useToken);
    tokenLine.setAlignment(Pos.CENTER_LEFT);
    CheckBox keep = new CheckBox(m.get("signin.token.keep"));
    keep.setId("keepSignedIn");
    keep.setMnemonicParsing(true);
    keep.selectedProperty().bindBidirectional(vm.keepSignedInProperty());
    keep.disableProperty().bind(vm.busyProperty());
    Label tokenHint = new Label(vm.tokenHint());
    tokenHint.setId("tokenHint");
    tokenHint.setWrapText(true);
    tokenHint.getStyleClass().add("text-muted");

    VBox card =
        new VBox(
            12,
            title,
            intro,
            error,
            browser,
            notConfigured,
            statusLine,
            new Separator(),
            tokenTitle,
            tokenLine,
            keep,
            tokenHint);

    // ---- sandbox ----
    if (vm.sandbox()) {
      Label sandboxTitle = new Label(m.get("signin.sandbox.title"));
      icons.put(sandboxTitle, "mdi2f-flask-outline");
      sandboxTitle.getStyleClass().add("title-4");
      Label sandboxText = new Label(m.get("signin.sandbox.text"));
      sandboxText.setWrapText(true);
      Button asAdmin = new Button(m.get("signin.sandbox.admin"));
      asAdmin.setId("sandboxAdmin");
      asAdmin.setMnemonicParsing(true);
      asAdmin.disableProperty().bind(vm.busyProperty());
      asAdmin.setOnAction(e -> vm.continueAsSandbox(true));
      Button asUser = new Button(m.get("signin.sandbox.user"));
      asUser.setId("sandboxUser");
      asUser.setMnemonicParsing(true);
      asUser.disableProperty().bind(vm.busyProperty());
      asUser.setOnAction(e -> vm.continueAsSandbox(false));
      asAdmin.setMinWidth(Region.USE_PREF_SIZE);
      asUser.setMinWidth(Region.USE_PREF_SIZE);
      // Side by side when they fit, one under the other when a language needs more words.
      VBox sandbox = new VBox(8, sandboxTitle, sandboxText, new FlowPane(8, 8, asAdmin, asUser));
      sandbox.setId("sandboxPanel");
      sandbox.getStyleClass().add("sandbox-panel");
      sandbox.setPadding(new Insets(12));
      card.getChildren().addAll(new Separator(), sandbox);
    }

    if (vm.sampleDataOffered()) {
      Hyperlink sampleData = new Hyperlink(m.get("signin.sampleData"));
      icons.put(sampleData, "mdi2f-flask-outline");
      sampleData.setId("trySampleData");
      sampleData.disableProperty().bind(vm.busyProperty());
      sampleData.setOnAction(e -> vm.trySampleData());
      Label sampleNote = new Label(m.get("signin.sampleData.note"));
      sampleNote.setWrapText(true);
      sampleNote.getStyleClass().add("text-muted");
      card.getChildren().addAll(new Separator(), new VBox(2, sampleData, sampleNote));
    }

    Button settings = new Button(m.get("signin.settings"));
    icons.put(settings, "mdi2c-cog-outline");
    settings.setId("openSettings");
    settings.setMnemonicParsing(true);
    settings.getStyleClass().add("flat");
    settings.disableProperty().bind(vm.busyProperty());
    settings.setOnAction(e -> vm.openSettings());
    card.getChildren().addAll(new Separator(), settings);

    card.setId("signInCard");
    card.getStyleClass().add("sign-in-card");
    card.setPadding(new Insets(28));
    card.setMaxWidth(560);
    card.setMaxHeight(Region.USE_PREF_SIZE);
    card.setFillWidth(true);
    centre = new StackPane(card);
    root = new BorderPane(centre);
    root.setTop(SandboxBanner.of(vm.sandboxNotice()));
    root.setId("signInScreen");
    StackPane.setAlignment(card, Pos.CENTER);
  }

  public Parent root() {
    return root;
  }

  /**
   * Adds what the screen is built without: the icons, and the scroll pane that lets a window too
   * small for the card scroll to all of it (the theme gives it no border, padding or colour of its
   * own, so in a window that fits the card it changes nothing to see). Once; later calls do
   * nothing. Keyboard focus stays where it was.
   */
  public void complete() {
    if (completed) {
      return;
    }
    completed = true;
    icons.forEach((control, icon) -> control.setGraphic(new FontIcon(icon)));
    icons.clear();
    Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
    ScrollPane scroll = new ScrollPane();
    scroll.setFitToWidth(true);
    scroll.setFitToHeight(true);
    root.setCenter(scroll);
    scroll.setContent(centre);
    if (focused != null && focused.getScene() != null) {
      focused.requestFocus();
    }
  }
}
