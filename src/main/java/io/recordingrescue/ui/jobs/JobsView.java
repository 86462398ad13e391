package io.recordingrescue.ui.jobs;

import io.recordingrescue.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Bottom panel: the current restore job (progress bar, batches and recordings done, what it waits
 * for, cancel, resume, export) and the last job's summary. This is the job's only progress display:
 * a scan shows its progress in the status bar, the dialogs theirs, so no generic task list repeats
 * them.
 */
public final class JobsView {
  private final VBox root;

  public JobsView(JobsViewModel vm, Messages m) {
    ProgressBar bar = new ProgressBar(0);
    bar.setId("jobProgress");
    bar.setPrefWidth(260);
    Label text = new Label(m.get("jobs.none"));
    text.setId("jobProgressText");
    Label title = new Label();
    title.setId("jobTitle");
    title.getStyleClass().add("text-bold");
    Button cancel = new Button(m.get("job.cancel"), new FontIcon("mdi2c-cancel"));
    cancel.setId("cancelJob");
    cancel.setMnemonicParsing(true);
    cancel.setTooltip(new Tooltip(m.get("job.cancel.tip")));
    cancel.setAccessibleText(m.get("job.cancel").replace("_", ""));
    cancel.setOnAction(e -> vm.cancelCurrent());
    cancel.setDisable(true);
    Button resume = new Button(m.get("job.resume"), new FontIcon("mdi2p-play-circle-outline"));
    resume.setId("resumeJob");
    resume.setMnemonicParsing(true);
    resume.setTooltip(new Tooltip(m.get("job.resume.tip")));
    resume.setAccessibleText(m.get("job.resume").replace("_", ""));
    resume.setOnAction(e -> vm.resumeCurrent());
    resume.setVisible(false);
    resume.managedProperty().bind(resume.visibleProperty());
    Button exportCsv = new Button(m.get("job.exportCsv"), new FontIcon("mdi2f-file-delimited"));
    exportCsv.setId("exportJobCsv");
    exportCsv.setMnemonicParsing(true);
    exportCsv.setTooltip(new Tooltip(m.get("job.export.tip")));
    exportCsv.setOnAction(e -> vm.exportCurrent(AuditFormat.CSV));
    exportCsv.setDisable(true);
    Button exportJson = new Button(m.get("job.exportJson"), new FontIcon("mdi2c-code-json"));
    exportJson.setId("exportJobJson");
    exportJson.setMnemonicParsing(true);
    exportJson.setTooltip(new Tooltip(m.get("job.export.tip")));
    exportJson.setOnAction(e -> vm.exportCurrent(AuditFormat.JSON));
    exportJson.setDisable(true);
    // One row holds title, bar, status and buttons: show each button only while it can act, so the
    // status text keeps its room (cancel while running, exports once finished).
    for (Button b : new Button[] {cancel, exportCsv, exportJson}) {
      b.visibleProperty().bind(b.disableProperty().not());
      b.managedProperty().bind(b.visibleProperty());
    }
    vm.currentProperty()
        .addListener(
            (o, was, job) -> {
              bar.progressProperty().unbind();
              text.textProperty().unbind();
              cancel.disableProperty().unbind();
              resume.visibleProperty().unbind();
              exportCsv.disableProperty().unbind();
              exportJson.disableProperty().unbind();
              if (job != null) {
                title.setText(job.title());
                bar.progressProperty().bind(job.progressProperty());
                text.textProperty().bind(job.progressTextProperty());
                cancel.disableProperty().bind(job.runningProperty().not());
                resume.visibleProperty().bind(job.resumableProperty());
                exportCsv.disableProperty().bind(job.reportProperty().isNull());
                exportJson.disableProperty().bind(job.reportProperty().isNull());
              }
            });
    Label exported = new Label();
    exported.setId("jobExported");
    exported.textProperty().bind(vm.lastExportProperty());
    // The job's title, bar and buttons on one line, its status under them: each wraps rather than
    // being cut off when a language needs more words.
    for (Button b : new Button[] {cancel, resume, exportCsv, exportJson}) {
      b.setMinWidth(Region.USE_PREF_SIZE);
    }
    bar.setMinWidth(120);
    title.setWrapText(true);
    title.setMinHeight(Region.USE_PREF_SIZE);
    title.setMaxWidth(Double.MAX_VALUE);
    HBox buttons = new HBox(10, title, bar, cancel, resume, exportCsv, exportJson);
    buttons.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(title, Priority.ALWAYS);
    for (Label l : new Label[] {text, exported}) {
      l.setWrapText(true);
      l.setMinHeight(Region.USE_PREF_SIZE);
    }
    VBox current = new VBox(4, buttons, text, exported);
    exported.visibleProperty().bind(exported.textProperty().isNotEmpty());
    exported.managedProperty().bind(exported.visibleProperty());

    TextArea summary = new TextArea();
    summary.setId("jobSummary");
    summary.setEditable(false);
    summary.setWrapText(true);
    summary.setPrefRowCount(3);
    summary.setAccessibleText(m.get("jobs.title"));
    summary.textProperty().bind(vm.lastSummaryProperty());
    summary.visibleProperty().bind(vm.lastSummaryProperty().isNotEmpty());
    summary.managedProperty().bind(summary.visibleProperty());

    root = new VBox(6, current, summary);
    root.setPadding(new Insets(6, 8, 6, 8));
    root.getStyleClass().add("jobs-panel");
    root.visibleProperty().bind(Bindings.isNotEmpty(vm.jobs()));
    root.managedProperty().bind(root.visibleProperty());
  }

  public VBox root() {
    return root;
  }
}
