package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.Formats;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.webex.Recording;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The recycle-bin table with its tool bar and status bar; binds to a {@link RecycleBinViewModel}.
 */
public final class RecycleBinView {
  private final RecycleBinViewModel vm;
  private final Messages m;
  private final BorderPane root = new BorderPane();
  private final TableView<RecordingRow> table = new TableView<>();
  private final CustomTextField search;
  private boolean restoringSelection;

  public RecycleBinView(RecycleBinViewModel vm, Messages messages) {
    this.vm = vm;
    this.m = messages;
    this.search = (CustomTextField) TextFields.createClearableTextField();
    root.setTop(toolBar());
    root.setCenter(buildTable());
    root.setBottom(statusBar());
    root.getStyleClass().add("recycle-bin");
  }

  public BorderPane root() {
    return root;
  }

  public TableView<RecordingRow> table() {
    return table;
  }

  public void focusSearch() {
    search.requestFocus();
    search.selectAll();
  }

  public List<RecordingRow> selectedRows() {
    return List.copyOf(table.getSelectionModel().getSelectedItems());
  }

  public void copySelectedIds() {
    copy(RecycleBinViewModel.idsText(selectedRows()));
  }

  public void copySelectedRows() {
    copy(vm.rowsText(selectedRows()));
  }

  private static void copy(String text) {
    ClipboardContent content = new ClipboardContent();
    content.putString(text);
    Clipboard.getSystemClipboard().setContent(content);
  }

  private VBox toolBar() {
    ToolBar bar = new ToolBar();
    ToolBar filters = new ToolBar();
    if (vm.isAdmin()) {
      Label scopeLabel = new Label(m.get("scope.label"));
      ComboBox<Boolean> scope = new ComboBox<>();
      scope.setId("scopeChoice");
      scope.getItems().addAll(true, false);
      scope.setConverter(
          new StringConverter<>() {
            @Override
            public String toString(Boolean org) {
              return org == null ? "" : m.get(org ? "scope.org" : "scope.owner");
            }

            @Override
            public Boolean fromString(String s) {
              return m.get("scope.org").equals(s);
            }
          });
      scope.valueProperty().bindBidirectional(vm.wholeOrgProperty().asObject());
      scopeLabel.setLabelFor(scope);
      scopeLabel.setMnemonicParsing(true);
      TextField owner = new TextField();
      owner.setId("scopeOwner");
      owner.setPromptText(m.get("scope.owner.prompt"));
      owner.setTooltip(new Tooltip(m.get("scope.owner.tip")));
      owner.setAccessibleText(m.get("scope.owner.tip"));
      owner.textProperty().bindBidirectional(vm.scopeOwnerProperty());
      owner.disableProperty().bind(vm.wholeOrgProperty());
      owner.setOnAction(e -> vm.refresh());
      owner.setPrefColumnCount(16);
      scope
          .valueProperty()
          .addListener(
              (o, was, now) -> {
                if (Boolean.TRUE.equals(now)) {
                  vm.refresh();
                } else {
                  owner.requestFocus();
                }
              });
      bar.getItems().addAll(scopeLabel, scope, owner);
    } else {
      bar.getItems().add(new Label(m.get("scope.mine")));
    }

    search.setId("search");
    search.setPromptText(m.get("search.prompt"));
    search.setAccessibleText(m.get("search.accessible"));
    search.setLeft(new FontIcon("mdi2m-magnify"));
    search.setPrefColumnCount(28);
    search.textProperty().bindBidirectional(vm.searchProperty());
    search.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            search.clear();
          } else if (e.getCode() == KeyCode.DOWN) {
            table.requestFocus();
          }
        });

    ComboBox<String> ownerType = quickFilter("ownerTypeFilter", vm.ownerTypes());
    ownerType.valueProperty().bindBidirectional(vm.ownerTypeFilterProperty());
    ComboBox<String> serviceType = quickFilter("serviceTypeFilter", vm.serviceTypes());
    serviceType.valueProperty().bindBidirectional(vm.serviceTypeFilterProperty());
    DatePicker from = datePicker("createdFrom", m.get("filter.from"));
    from.valueProperty().bindBidirectional(vm.createdFromProperty());
    DatePicker to = datePicker("createdTo", m.get("filter.to"));
    to.valueProperty().bindBidirectional(vm.createdToProperty());

    Button refresh = iconButton("refreshButton", "toolbar.refresh", "mdi2r-refresh");
    refresh.setTooltip(new Tooltip(m.get("toolbar.refresh.tip")));
    refresh.setOnAction(e -> vm.refresh());
    Button restore = iconButton("restoreButton", "toolbar.restore", "mdi2d-delete-restore");
    restore.setTooltip(new Tooltip(m.get("toolbar.restore.tip")));
    restore.disableProperty().bind(vm.selectedCountProperty().isEqualTo(0));
    restore.setOnAction(e -> vm.restoreSelected());

    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    bar.getItems().addAll(refresh, restore, search, grow);
    filters
        .getItems()
        .addAll(
            label(m.get("filter.ownerType"), ownerType),
            ownerType,
            label(m.get("filter.serviceType"), serviceType),
            serviceType,
            label(m.get("filter.from"), from),
            from,
            label(m.get("filter.to"), to),
            to);
    return new VBox(bar, filters);
  }

  private static Label label(String text, javafx.scene.Node target) {
    Label l = new Label(text);
    l.setMnemonicParsing(true);
    l.setLabelFor(target);
    return l;
  }

  private ComboBox<String> quickFilter(String id, javafx.collections.ObservableList<String> items) {
    ComboBox<String> box = new ComboBox<>(items);
    box.setId(id);
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String s) {
            return s == null || s.isEmpty() ? m.get("filter.any") : s;
          }

          @Override
          public String fromString(String s) {
            return m.get("filter.any").equals(s) ? RecycleBinViewModel.ANY : s;
          }
        });
    return box;
  }

  private static DatePicker datePicker(String id, String accessible) {
    DatePicker p = new DatePicker();
    p.setId(id);
    p.setPrefWidth(130);
    p.setAccessibleText(accessible.replace("_", ""));
    return p;
  }

  private Button iconButton(String id, String key, String icon) {
    Button b = new Button(m.get(key), new FontIcon(icon));
    b.setId(id);
    b.setMnemonicParsing(true);
    b.setAccessibleText(m.get(key).replace("_", ""));
    b.setContentDisplay(ContentDisplay.LEFT);
    return b;
  }

  private TableView<RecordingRow> buildTable() {
    table.setId("binTable");
    table.setAccessibleRole(AccessibleRole.TABLE_VIEW);
    table.setAccessibleText(m.get("app.title"));
    SortedList<RecordingRow> sorted = new SortedList<>(vm.visibleRows());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setTableMenuButtonVisible(true);
    table.setPlaceholder(new Label(m.get("table.empty")));
    Formats f = vm.formats();
    table
        .getColumns()
        .addAll(
            List.of(
                text("topic", "col.topic", r -> r.topic(), 320),
                text("owner", "col.owner", r -> r.ownerEmail(), 200),
                text("ownerType", "col.ownerType", r -> r.ownerType(), 90),
                formatted("created", "col.created", Recording::createTime, f::dateTime, 130),
                formatted(
                    "duration", "col.duration", Recording::durationSeconds, Formats::duration, 80),
                formatted("size", "col.size", Recording::sizeBytes, Formats::size, 80),
                text("serviceType", "col.serviceType", r -> r.serviceType(), 100),
                text("format", "col.format", r -> r.format(), 60),
                text("region", "col.region", r -> r.storageRegion(), 80),
                daysLeftColumn(),
                text("id", "col.id", r -> r.id(), 160)));
    table.getColumns().stream()
        .filter(c -> "id".equals(c.getId()))
        .forEach(c -> c.setVisible(false));

    table
        .getSelectionModel()
        .getSelectedItems()
        .addListener(
            (ListChangeListener<RecordingRow>)
                c -> {
                  if (!restoringSelection) {
                    vm.selectionChanged(table.getSelectionModel().getSelectedItems());
                  }
                });
    vm.selectionToRestoreProperty().addListener((o, was, ids) -> reselect(ids));
    return table;
  }

  private void reselect(Set<String> ids) {
    restoringSelection = true;
    try {
      table.getSelectionModel().clearSelection();
      for (int i = 0; i < table.getItems().size(); i++) {
        if (ids.contains(table.getItems().get(i).id())) {
          table.getSelectionModel().select(i);
        }
      }
    } finally {
      restoringSelection = false;
    }
    vm.selectionChanged(table.getSelectionModel().getSelectedItems());
  }

  private TableColumn<RecordingRow, String> text(
      String id, String key, Function<Recording, String> value, double width) {
    TableColumn<RecordingRow, String> c = new TableColumn<>(m.get(key));
    c.setId(id);
    c.setPrefWidth(width);
    c.setCellValueFactory(
        d -> {
          String v = value.apply(d.getValue().recording());
          return new ReadOnlyObjectWrapper<>(v == null ? "" : v);
        });
    return c;
  }

  private <T extends Comparable<T>> TableColumn<RecordingRow, T> formatted(
      String id,
      String key,
      Function<Recording, T> value,
      Function<T, String> format,
      double width) {
    TableColumn<RecordingRow, T> c = new TableColumn<>(m.get(key));
    c.setId(id);
    c.setPrefWidth(width);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue().recording())));
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
              }
            });
    if (!"created".equals(id)) {
      c.setStyle("-fx-alignment: CENTER-RIGHT;");
    }
    return c;
  }

  private TableColumn<RecordingRow, Long> daysLeftColumn() {
    TableColumn<RecordingRow, Long> c = new TableColumn<>();
    c.setId("daysLeft");
    Label header = new Label(m.get("col.daysLeft"));
    Tooltip tip = new Tooltip(m.get("col.daysLeft.tip"));
    tip.setWrapText(true);
    tip.setMaxWidth(360);
    header.setTooltip(tip);
    header.setAccessibleHelp(m.get("col.daysLeft.tip"));
    c.setGraphic(header);
    c.setText("");
    c.setPrefWidth(125);
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    c.setCellValueFactory(
        d -> {
          Instant first = d.getValue().firstSeenDeleted();
          return new ReadOnlyObjectWrapper<>(Formats.daysLeftAtMost(first, vm.clock().instant()));
        });
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "≤ " + item);
                getStyleClass().remove("urgent");
                if (!empty && item != null && item <= 7) {
                  getStyleClass().add("urgent");
                }
              }
            });
    return c;
  }

  private HBox statusBar() {
    Label status = new Label();
    status.setId("statusText");
    status.textProperty().bind(vm.statusTextProperty());
    Label last = new Label();
    last.setId("lastScan");
    last.textProperty().bind(vm.lastScanTextProperty());
    Label load = new Label();
    load.setId("loadMessage");
    load.textProperty().bind(vm.loadMessageProperty());
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

  /** Wraps the status bar and anything below (the jobs panel) at the bottom. */
  public void setBottomExtra(javafx.scene.Node jobsPanel) {
    HBox status = (HBox) root.getBottom();
    root.setBottom(new VBox(jobsPanel, status));
  }
}
