package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
    ToolBar bar = new ToolBar();
    bar.getItems().addAll(new ScopeControls(vm, m).nodes());
    TextField searchBox = search.bind(vm, m);
    ToolBar filters = new FilterBar(vm, m).build();

    Button refresh = iconButton("refreshButton", "toolbar.refresh", "mdi2r-refresh");
    refresh.setTooltip(new Tooltip(m.get("toolbar.refresh.tip")));
    refresh.setOnAction(e -> vm.refresh());
    Button restore = iconButton("restoreButton", "toolbar.restore", "mdi2d-delete-restore");
    restore.setTooltip(new Tooltip(m.get("toolbar.restore.tip")));
    restore.disableProperty().bind(vm.selectedCountProperty().isEqualTo(0));
    restore.setOnAction(e -> vm.restoreSelected());

    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    bar.getItems().addAll(refresh, restore, searchBox, grow);
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
