package io.recordingrescue.ui.incident;

import io.recordingrescue.ui.ColumnHeaders;
import io.recordingrescue.ui.Controls;
import io.recordingrescue.ui.Messages;
import java.io.File;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "Restore all for several owners…" dialog; all decisions are in {@link IncidentViewModel}. */
public final class IncidentDialog {
  private final Dialog<Void> dialog;

  public IncidentDialog(IncidentViewModel vm, Messages m, Window owner) {
    dialog =
        Controls.modal(
            owner,
            m.get("incident.title"),
            m.get("incident.title"),
            "mdi2a-account-multiple",
            "incidentDialog",
            m.get("incident.close"));

    Label ownersLabel = new Label(m.get("incident.owners"));
    ownersLabel.setMnemonicParsing(true);
    ownersLabel.setWrapText(true);
    ownersLabel.setMinHeight(Region.USE_PREF_SIZE);
    TextArea owners = new TextArea();
    owners.setId("incidentOwners");
    owners.setPromptText(m.get("incident.owners.prompt").replace("\\n", "\n"));
    owners.setPrefRowCount(6);
    owners.textProperty().bindBidirectional(vm.ownersTextProperty());
    owners.disableProperty().bind(vm.busyProperty());
    ownersLabel.setLabelFor(owners);

    Button openCsv = new Button(m.get("incident.openCsv"), new FontIcon("mdi2f-file-delimited"));
    openCsv.setId("incidentOpenCsv");
    openCsv.setMnemonicParsing(true);
    openCsv.disableProperty().bind(vm.busyProperty());
    openCsv.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle(m.get("incident.openCsvTitle"));
          chooser
              .getExtensionFilters()
              .add(new FileChooser.ExtensionFilter(m.get("incident.csvFiles"), "*.csv"));
          File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
          if (file != null) {
            vm.openCsv(file.toPath());
          }
        });
    Button preview =
        Controls.command(
            m.get("incident.previewButton"),
            "mdi2m-magnify",
            "incidentPreview",
            vm.canPreviewProperty(),
            vm::preview);

    Label problem = Controls.wrapping("incidentInputProblem", vm.inputProblemProperty());
    problem.getStyleClass().add("danger");

    TableView<OwnerRow> table = new TableView<>(vm.rows());
    table.setId("incidentTable");
    table.setEditable(true);
    table.setPrefHeight(260);
    table.setMinHeight(120); // the lines around it take their whole height first
    Label empty = new Label(m.get("incident.table.empty"));
    empty.setWrapText(true);
    table.setPlaceholder(empty);
    TableColumn<OwnerRow, Boolean> tick = new TableColumn<>(m.get("incident.column.restore"));
    tick.setCellValueFactory(c -> c.getValue().selectedProperty());
    tick.setCellFactory(CheckBoxTableCell.forTableColumn(tick));
    tick.setEditable(true);
    table.getColumns().add(tick);
    table.getColumns().add(text(m.get("incident.column.owner"), OwnerRow::owner, 220));
    table.getColumns().add(text(m.get("incident.column.status"), OwnerRow::status, 100));
    TableColumn<OwnerRow, Integer> count = new TableColumn<>(m.get("incident.column.count"));
    count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
    table.getColumns().add(count);
    table.getColumns().add(text(m.get("incident.column.size"), OwnerRow::size, 80));
    table.getColumns().add(text(m.get("incident.column.oldest"), OwnerRow::oldest, 130));
    table.getColumns().add(text(m.get("incident.column.newest"), OwnerRow::newest, 130));
    table.getColumns().add(text(m.get("incident.column.note"), OwnerRow::note, 260));
    ColumnHeaders.fitWhenShown(table);

    Label totals = Controls.wrapping("incidentTotals", vm.totalsProperty());
    Button confirm =
        Controls.command(
            m.get("incident.confirmButton"),
            "mdi2d-delete-restore",
            "incidentConfirm",
            vm.canConfirmProperty(),
            vm::confirm);
    confirm.getStyleClass().add("accent");
    Button stop =
        Controls.command(
            m.get("incident.cancelButton"),
            "mdi2s-stop",
            "incidentStop",
            vm.runningProperty(),
            vm::cancel);

    ProgressBar bar = new ProgressBar();
    bar.setId("incidentProgress");
    bar.progressProperty().bind(vm.progressProperty());
    bar.visibleProperty().bind(vm.runningProperty().or(vm.reportProperty().isNotNull()));
    bar.setMaxWidth(Double.MAX_VALUE);
    Label progressText = Controls.wrapping("incidentProgressText", vm.progressTextProperty());
    Label result = Controls.wrapping("incidentResult", vm.resultTextProperty());
    Button exportCsv =
        Controls.command(
            m.get("incident.exportCsv"),
            "mdi2f-file-export",
            "incidentExportCsv",
            vm.canExportProperty(),
            () -> vm.export(false));
    Button exportJson =
        Controls.command(
            m.get("incident.exportJson"),
            null,
            "incidentExportJson",
            vm.canExportProperty(),
            () -> vm.export(true));

    VBox box =
        new VBox(
            8,
            ownersLabel,
            owners,
            new HBox(10, openCsv, preview),
            problem,
            table,
            totals,
            new HBox(10, confirm, stop),
            bar,
            progressText,
            result,
            new HBox(10, exportCsv, exportJson));
    VBox.setVgrow(table, Priority.ALWAYS);
    box.setPadding(new Insets(10));
    dialog.getDialogPane().setContent(box);
    dialog.getDialogPane().setPrefWidth(980);
    dialog.setOnShown(e -> owners.requestFocus());
  }

  private static TableColumn<OwnerRow, String> text(
      String title, java.util.function.Function<OwnerRow, String> value, double width) {
    TableColumn<OwnerRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  public Dialog<Void> dialog() {
    return dialog;
  }

  public void show() {
    dialog.show();
  }
}
