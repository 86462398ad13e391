package io.recordingrescue.ui.signin;

import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.SandboxBanner;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The account line under the menus: on the sandbox a banner that cannot be closed, who is signed
 * in, Sign out, and the "expired" banner.
 */
public final class AccountBar {
  private final VBox root;
  private final MenuItem signOutItem;

  public AccountBar(AccountViewModel vm, Messages m) {
    Label banner = new Label();
    banner.setId("sessionBannerText");
    banner.setWrapText(true);
    banner.textProperty().bind(vm.bannerTextProperty());
    banner.setGraphic(new FontIcon("mdi2a-alert-outline"));
    Button signInAgain = new Button(m.get("account.signInAgain"), new FontIcon("mdi2l-login"));
    signInAgain.setId("signInAgain");
    signInAgain.setMnemonicParsing(true);
    signInAgain.getStyleClass().add("accent");
    signInAgain.setOnAction(e -> vm.signInAgain());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox bannerBox = new HBox(10, banner, gap, signInAgain);
    bannerBox.setId("sessionBanner");
    bannerBox.getStyleClass().add("session-banner");
    bannerBox.setAlignment(Pos.CENTER_LEFT);
    bannerBox.setPadding(new Insets(6, 10, 6, 10));
    bannerBox.visibleProperty().bind(vm.sessionExpiredProperty());
    bannerBox.managedProperty().bind(vm.sessionExpiredProperty());

    Label who = new Label(vm.whoAmI(), new FontIcon("mdi2a-account-circle-outline"));
    who.setId("whoAmI");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button signOut = new Button(m.get("account.signOut"), new FontIcon("mdi2l-logout"));
    signOut.setId("signOut");
    signOut.setMnemonicParsing(true);
    signOut.getStyleClass().add("flat");
    signOut.setOnAction(e -> vm.signOut());
    HBox whoLine = new HBox(8, who, spacer, signOut);
    whoLine.setAlignment(Pos.CENTER_LEFT);
    whoLine.setPadding(new Insets(2, 10, 2, 10));
    whoLine.getStyleClass().add("account-line");

    root = new VBox(bannerBox, whoLine);
    Node sandboxBanner = SandboxBanner.of(vm.sandboxNotice());
    if (sandboxBanner != null) {
      root.getChildren().add(0, sandboxBanner);
    }
    signOutItem = new MenuItem(m.get("menu.file.signOut"), new FontIcon("mdi2l-logout"));
    signOutItem.setId("menuSignOut");
    signOutItem.setMnemonicParsing(true);
    signOutItem.setOnAction(e -> vm.signOut());
  }

  public Node root() {
    return root;
  }

  /** "Sign out" for the File menu. */
  public MenuItem signOutMenuItem() {
    return signOutItem;
  }
}
