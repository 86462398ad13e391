package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The top of the screen: scope, Refresh, Restore and the search box, and below them the {@link
 * FilterBar}.
 */
final class BinToolBar {
  private final RecycleBinViewModel vm;
  private final Messages m;
  private final SearchField search;

  BinToolBar(RecycleBinViewModel vm, Messages messages, SearchField search) {
    this.vm = vm;
    this.m = messages;
    this.search = search;
  }

  VBox build() {
    // Wraps to a second line rather than hiding the search box behind a » button when a
    // language needs longer words (a ToolBar would hide it).
    FlowPane bar = new FlowPane(8, 6);
    bar.getStyleClass().add("tool-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getChildren().addAll(new ScopeControls(vm, m).nodes());
    TextField searchBox = search.bind(vm, m);
    ToolBar filters = FilterBar.build(vm, m);

    Button refresh = iconButton("refreshButton", "toolbar.refresh", "mdi2r-refresh");
    refresh.setTooltip(new Tooltip(m.get("toolbar.refresh.tip")));
    refresh.setOnAction(e -> vm.refresh());
    Button restore = iconButton("restoreButton", "toolbar.restore", "mdi2d-delete-restore");
    restore.setTooltip(new Tooltip(m.get("toolbar.restore.tip")));
    restore.disableProperty().bind(vm.selectedCountProperty().isEqualTo(0));
    restore.setOnAction(e -> vm.restoreSelected());

    bar.getChildren().addAll(refresh, restore, searchBox);
    return new VBox(bar, filters);
  }

  private Button iconButton(String id, String key, String icon) {
    Button b = new Button(m.get(key), new FontIcon(icon));
    b.setId(id);
    b.setMnemonicParsing(true);
    // The text carries a mnemonic underscore; a screen reader should not read it.
    b.setAccessibleText(m.get(key).replace("_", ""));
    b.setContentDisplay(ContentDisplay.LEFT);
    return b;
  }
}
