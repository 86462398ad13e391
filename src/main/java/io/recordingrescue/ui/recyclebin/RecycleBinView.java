package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.Messages;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The recycle-bin table with its tool bar, details pane and status bar; binds to a {@link
 * RecycleBinViewModel}. The parts are {@link BinToolBar} (with {@link ScopeControls}, {@link
 * SearchField} and {@link FilterBar}), {@link BinTable} (with {@link BinColumns} and {@link
 * ColumnFit}), {@link DetailsPane} and {@link BinStatusBar}.
 */
public final class RecycleBinView {
  private final RecycleBinViewModel vm;
  private final BorderPane root = new BorderPane();
  private final SearchField search;
  private final BinTable table;
  private final Node details;
  private final Node statusBar;

  public RecycleBinView(RecycleBinViewModel vm, Messages messages) {
    this.vm = vm;
    this.search = new SearchField(this::focusTable);
    root.setTop(new BinToolBar(vm, messages, search).build());
    this.table = new BinTable(vm, messages);
    root.setCenter(table.view());
    this.details = DetailsPane.build(vm.details(), messages);
    this.statusBar = BinStatusBar.build(vm, messages);
    root.setBottom(new VBox(details, statusBar));
    root.getStyleClass().add("recycle-bin");
  }

  public BorderPane root() {
    return root;
  }

  public TableView<RecordingRow> table() {
    return table.view();
  }

  public void focusSearch() {
    search.focus();
  }

  public List<RecordingRow> selectedRows() {
    return List.copyOf(table.view().getSelectionModel().getSelectedItems());
  }

  public void copySelectedIds() {
    copy(RecycleBinViewModel.idsText(selectedRows()));
  }

  public void copySelectedRows() {
    copy(vm.rowsText(selectedRows()));
  }

  /** Puts the jobs panel between the details pane and the status bar. */
  public void setBottomExtra(Node jobsPanel) {
    root.setBottom(new VBox(details, jobsPanel, statusBar));
  }

  private void focusTable() {
    table.view().requestFocus();
  }

  private static void copy(String text) {
    ClipboardContent content = new ClipboardContent();
    content.putString(text);
    Clipboard.getSystemClipboard().setContent(content);
  }
}
