package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bottom line: counts and selection, the scan's message, its progress and Stop button (only
 * while a scan runs), and when the last scan ended.
 */
final class BinStatusBar {
  private final RecycleBinViewModel vm;
  private final Messages m;

  BinStatusBar(RecycleBinViewModel vm, Messages messages) {
    this.vm = vm;
    this.m = messages;
  }

  HBox build() {
    Label status = new Label();
    status.setId("statusText");
    status.textProperty().bind(vm.statusTextProperty());
    Label last = new Label();
    last.setId("lastScan");
    last.textProperty().bind(vm.lastScanTextProperty());
    Label load = new Label();
    load.setId("loadMessage");
    load.textProperty().bind(vm.loadMessageProperty());
    // A long error message takes the free width and is cut, rather than pushing the rest out.
    load.setWrapText(false);
    load.setMinWidth(0);
    HBox.setHgrow(load, Priority.ALWAYS);
    load.setMaxWidth(Double.MAX_VALUE);
    ProgressBar progress = new ProgressBar();
    progress.setId("loadProgress");
    progress.progressProperty().bind(vm.loadProgressProperty());
    progress.visibleProperty().bind(vm.loadingProperty());
    progress.managedProperty().bind(vm.loadingProperty());
    Button stop = new Button(m.get("toolbar.cancelLoad"), new FontIcon("mdi2c-cancel"));
    stop.setId("cancelLoad");
    stop.visibleProperty().bind(vm.loadingProperty());
    stop.managedProperty().bind(vm.loadingProperty());
    stop.setOnAction(e -> vm.cancelLoad());
    HBox bar = new HBox(12, status, load, progress, stop, last);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 8, 4, 8));
    bar.getStyleClass().add("status-bar");
    return bar;
  }
}
