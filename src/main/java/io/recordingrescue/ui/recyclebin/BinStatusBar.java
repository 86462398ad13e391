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
  private BinStatusBar() {}

  static HBox build(RecycleBinViewModel vm, Messages m) {
    BinLoader scan = vm.loader();
    Label status = new Label();
    status.setId("statusText");
    status.textProperty().bind(vm.statusTextProperty());
    Label last = new Label();
    last.setId("lastScan");
    last.textProperty().bind(scan.lastScanTextProperty());
    Label load = new Label();
    load.setId("loadMessage");
    load.textProperty().bind(scan.loadMessageProperty());
    // A long error message takes the free width and is cut, rather than pushing the rest out.
    load.setWrapText(false);
    load.setMinWidth(0);
    HBox.setHgrow(load, Priority.ALWAYS);
    load.setMaxWidth(Double.MAX_VALUE);
    ProgressBar progress = new ProgressBar();
    progress.setId("loadProgress");
    progress.progressProperty().bind(scan.loadProgressProperty());
    progress.visibleProperty().bind(scan.loadingProperty());
    progress.managedProperty().bind(scan.loadingProperty());
    Button stop = new Button(m.get("toolbar.cancelLoad"), new FontIcon("mdi2c-cancel"));
    stop.setId("cancelLoad");
    stop.visibleProperty().bind(scan.loadingProperty());
    stop.managedProperty().bind(scan.loadingProperty());
    stop.setOnAction(e -> vm.cancelLoad());
    HBox bar = new HBox(12, status, load, progress, stop, last);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 8, 4, 8));
    bar.getStyleClass().add("status-bar");
    return bar;
  }
}
