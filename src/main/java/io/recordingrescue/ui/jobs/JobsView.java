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
    Button cancel =
        button(m, "job.cancel", "mdi2c-cancel", "cancelJob", "job.cancel.tip", vm::cancelCurrent);
    cancel.setDisable(true);
    Button resume =
        button(
            m,
            "job.resume",
            "mdi2p-play-circle-outline",
            "resumeJob",
            "job.resume.tip",
            vm::resumeCurrent);
    resume.setVisible(false);
    resume.managedProperty().bind(resume.visibleProperty());
    Button exportCsv =
        button(
            m,
            "job.exportCsv",
            "mdi2f-file-delimited",
            "exportJobCsv",
            "job.export.tip",
            () -> vm.exportCurrent(AuditFormat.CSV));
    exportCsv.setDisable(true);
    Button exportJson =
        button(
            m,
            "job.exportJson",
            "mdi2c-code-json",
            "exportJobJson",
            "job.export.tip",
            () -> vm.exportCurrent(AuditFormat.JSON));
    exportJson.setDisable(true);
    // One row holds title, bar, status and buttons: show each button only while it can act, so the
    // status text keeps its room (cancel while running, exports once finished).
    for (Button b : new Button[] {cancel, exportCsv, exportJson}) {
      b.visibleProperty().bind(b.disableProperty().not());
      b.managedProperty().bind(b.visibleProperty());
    }
    vm.state()
        .currentProperty()
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
    summary.textProperty().bind(vm.state().lastSummaryProperty());
    summary.visibleProperty().bind(vm.state().lastSummaryProperty().isNotEmpty());
    summary.managedProperty().bind(summary.visibleProperty());

    root = new VBox(6, current, summary);
    root.setPadding(new Insets(6, 8, 6, 8));
    root.getStyleClass().add("jobs-panel");
    root.visibleProperty().bind(Bindings.isNotEmpty(vm.state().jobs()));
    root.managedProperty().bind(root.visibleProperty());
  }

  public VBox root() {
    return root;
  }

  /** A panel button: text with a mnemonic, icon, tooltip, and the same words for screen readers. */
  private static Button button(
      Messages m, String key, String icon, String id, String tipKey, Runnable action) {
    Button button = new Button(m.get(key), new FontIcon(icon));
    button.setId(id);
    button.setMnemonicParsing(true);
    button.setTooltip(new Tooltip(m.get(tipKey)));
    button.setAccessibleText(m.get(key).replace("_", ""));
    button.setOnAction(e -> action.run());
    return button;
  }
}
