package io.recordingrescue.ui.history;

import io.recordingrescue.restore.IdOutcome;
import io.recordingrescue.restore.JobState;
import io.recordingrescue.ui.ColumnHeaders;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.jobs.AuditFormat;
import java.net.URL;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The job history window: past jobs with their counts (top), the opened job's outcome per id
 * (bottom), and buttons to open, export the audit files and resume an unfinished job.
 */
public final class HistoryView {
  private final HistoryViewModel vm;
  private final Messages m;
  private final DateTimeFormatter time;
  private final Stage stage = new Stage();
  private final TableView<HistoryRow> jobsTable = new TableView<>();
  private final TableView<IdOutcome> outcomesTable = new TableView<>();

  public HistoryView(HistoryViewModel vm, Messages m, Window owner, ZoneId zone, Locale locale) {
    this.vm = vm;
    this.m = m;
    this.time =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);

    jobsTable.setId("historyTable");
    jobsTable.setItems(vm.rows());
    jobsTable.setPlaceholder(new Label(m.get("history.empty")));
    jobsTable.setAccessibleText(m.get("history.title"));
    jobsTable.getColumns().add(col("history.col.started", r -> formatTime(r.startedAt()), 150));
    jobsTable.getColumns().add(col("history.col.jobId", HistoryRow::jobId, 170));
    jobsTable.getColumns().add(col("history.col.operator", HistoryRow::operator, 170));
    jobsTable.getColumns().add(col("history.col.target", HistoryRow::target, 170));
    jobsTable.getColumns().add(col("history.col.state", this::stateText, 150));
    jobsTable.getColumns().add(col("history.col.total", HistoryRow::total, 70));
    jobsTable.getColumns().add(col("history.col.restored", HistoryRow::restored, 80));
    jobsTable.getColumns().add(col("history.col.failed", HistoryRow::failed, 70));
    jobsTable.getColumns().add(col("history.col.unsettled", HistoryRow::unsettled, 80));
    jobsTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, row) -> vm.select(row));
    jobsTable.setRowFactory(
        t -> {
          TableRow<HistoryRow> row = new TableRow<>();
          row.setOnMouseClicked(
              e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                  vm.openSelected();
                }
              });
          return row;
        });
    jobsTable.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            vm.openSelected();
          }
        });

    outcomesTable.setId("historyOutcomes");
    outcomesTable.setItems(vm.outcomes());
    outcomesTable.setPlaceholder(new Label(m.get("history.outcomes.empty")));
    outcomesTable.getColumns().add(col("history.col.id", IdOutcome::id, 200));
    outcomesTable.getColumns().add(col("col.topic", IdOutcome::topic, 200));
    outcomesTable.getColumns().add(col("col.owner", IdOutcome::ownerEmail, 180));
    outcomesTable.getColumns().add(col("history.col.finalState", o -> o.state().name(), 130));
    outcomesTable
        .getColumns()
        .add(col("history.col.http", o -> o.httpStatus() == 0 ? "" : o.httpStatus(), 60));
    outcomesTable.getColumns().add(col("history.col.message", IdOutcome::message, 260));
    outcomesTable.getColumns().add(col("history.col.trackingId", IdOutcome::trackingId, 200));
    ColumnHeaders.fitWhenShown(jobsTable);
    ColumnHeaders.fitWhenShown(outcomesTable);

    Button refresh = button("history.refresh", "mdi2r-refresh", "historyRefresh");
    refresh.setOnAction(e -> vm.refresh());
    Button open = button("history.open", "mdi2f-folder-open-outline", "historyOpen");
    open.setOnAction(e -> vm.openSelected());
    open.disableProperty().bind(vm.canExportProperty().not());
    Button csv = button("history.exportCsv", "mdi2f-file-delimited", "historyExportCsv");
    csv.setOnAction(e -> vm.exportSelected(AuditFormat.CSV));
    csv.disableProperty().bind(vm.canExportProperty().not());
    Button json = button("history.exportJson", "mdi2c-code-json", "historyExportJson");
    json.setOnAction(e -> vm.exportSelected(AuditFormat.JSON));
    json.disableProperty().bind(vm.canExportProperty().not());
    Button resume = button("history.resume", "mdi2p-play-circle-outline", "historyResume");
    resume.setOnAction(e -> vm.resumeSelected());
    resume.disableProperty().bind(vm.canResumeProperty().not());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(8, refresh, open, csv, json, spacer, resume);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(8));

    Label status = new Label();
    status.setId("historyStatus");
    status.textProperty().bind(vm.statusProperty());
    status.setPadding(new Insets(4, 8, 4, 8));

    SplitPane split = new SplitPane(jobsTable, outcomesTable);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.5);
    BorderPane root = new BorderPane(split);
    root.setTop(bar);
    root.setBottom(status);

    Scene scene = new Scene(root, 1100, 650);
    URL css = Messages.class.getResource("app.css");
    if (css != null) {
      scene.getStylesheets().add(css.toExternalForm());
    }
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> vm.refresh());
    scene
        .getAccelerators()
        .put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
    stage.setScene(scene);
    stage.setTitle(m.get("history.title"));
    if (owner != null) {
      stage.initOwner(owner);
    }
  }

  /** Shows the window and reads the journal folder. */
  public void show() {
    stage.show();
    jobsTable.requestFocus();
    vm.refresh();
  }

  public Stage stage() {
    return stage;
  }

  private String stateText(HistoryRow r) {
    if (r.problem() != null) {
      return m.get("history.unreadable");
    }
    JobState s = r.state();
    return s == null ? "" : m.get("history.state." + s.name());
  }

  private String formatTime(Instant t) {
    return t == null ? "" : time.format(t);
  }

  private <R, V> TableColumn<R, Object> col(String key, Function<R, V> value, double width) {
    TableColumn<R, Object> c = new TableColumn<>(m.get(key));
    c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  private Button button(String key, String icon, String id) {
    Button b = new Button(m.get(key), new FontIcon(icon));
    b.setId(id);
    b.setMnemonicParsing(true);
    b.setTooltip(new Tooltip(m.get(key + ".tip")));
    b.setAccessibleText(m.get(key).replace("_", ""));
    return b;
  }
}
