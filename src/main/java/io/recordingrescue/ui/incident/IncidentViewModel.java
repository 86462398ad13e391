package io.recordingrescue.ui.incident;

import io.recordingrescue.restore.incident.IncidentAudit;
import io.recordingrescue.restore.incident.IncidentPlan;
import io.recordingrescue.restore.incident.IncidentPlanner;
import io.recordingrescue.restore.incident.IncidentPreviewer;
import io.recordingrescue.restore.incident.IncidentProgress;
import io.recordingrescue.restore.incident.IncidentReport;
import io.recordingrescue.restore.incident.OwnerInput;
import io.recordingrescue.restore.incident.OwnerPreview;
import io.recordingrescue.restore.incident.OwnerResult;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.ErrorMessages;
import io.recordingrescue.ui.Formats;
import io.recordingrescue.ui.Job;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.UserContext;
import io.recordingrescue.ui.jobs.JobViewModel;
import io.recordingrescue.ui.jobs.JobsState;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Restore all for several owners…" (administrators only): owners pasted or read from a CSV, a
 * preview row per owner from the admin listing, unticking, totals, one confirmation, then the
 * incident runs in the background with "owners n of N, recordings restored so far", and its audit
 * can be exported as CSV or JSON.
 */
public final class IncidentViewModel {
  private final IncidentPreviewer previewer;
  private final IncidentService service;
  private final JobsState jobs;
  private final UiExecutor ui;
  private final DialogService dialogs;
  private final Messages messages;
  private final UserContext user;
  private final Formats formats;
  private final IncidentPlanner planner = new IncidentPlanner();

  private final StringProperty ownersText = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper inputProblem = new ReadOnlyStringWrapper("");
  private final ObservableList<OwnerRow> rows = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canPreview = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canConfirm = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
  private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<IncidentReport> report = new ReadOnlyObjectWrapper<>();
  private final AtomicBoolean cancel = new AtomicBoolean();
  private OwnerInput input;
  private String previewedText;

  /** An incident the operator asked to resume while other work held the dialog; it goes next. */
  private String resumeWhenIdle;

  public IncidentViewModel(
      IncidentPreviewer previewer,
      IncidentService service,
      JobsState jobs,
      UiExecutor ui,
      DialogService dialogs,
      Messages messages,
      UserContext user,
      Formats formats) {
    this.previewer = previewer;
    this.service = service;
    this.jobs = jobs;
    this.ui = ui;
    this.dialogs = dialogs;
    this.messages = messages;
    this.user = user;
    this.formats = formats;
    ownersText.addListener((obs, was, now) -> textChanged());
    busy.addListener(
        (obs, was, now) -> {
          if (!now && resumeWhenIdle != null) {
            // After the handler that ended the work has shown its result.
            ui.onUi(this::resumeWaitingIncident);
          }
        });
    update();
  }

  /** Only administrators may restore for other owners; the window hides the action for users. */
  public static boolean offeredTo(UserContext user) {
    return user.admin();
  }

  private void textChanged() {
    // A preview of other owners must not be restored by accident.
    if (previewedText != null && !previewedText.equals(ownersText.get())) {
      rows.clear();
      previewedText = null;
      totals.set("");
    }
    update();
  }

  /** Reads a CSV with an e-mail column into the text area (its owners, then what is malformed). */
  public void openCsv(Path file) {
    if (busy.get()) {
      return;
    }
    busy.set(true);
    update();
    // One small file: nothing to stop, so no onCancel.
    Job.of(
            messages.get("incident.readingCsv"),
            context -> planner.fromCsv(Files.readString(file, StandardCharsets.UTF_8)))
        .onSuccess(
            read -> {
              busy.set(false);
              ownersText.set(
                  String.join(
                      "\n",
                      java.util.stream.Stream.concat(
                              read.owners().stream().map(EmailAddress::value),
                              read.malformed().stream().map(OwnerInput.Malformed::input))
                          .toList()));
              inputProblem.set(malformedText(read));
              update();
            })
        .onFailure(
            error -> {
              busy.set(false);
              inputProblem.set(
                  error instanceof InvalidRequestException
                      ? messages.format(
                          "incident.csvRefused", file.getFileName(), error.getMessage())
                      : ErrorMessages.describe(error, messages));
              update();
            })
        .start(ui);
  }

  private String malformedText(OwnerInput in) {
    String text = "";
    if (!in.malformed().isEmpty()) {
      text =
          messages.format(
              "incident.malformed",
              in.malformed().size(),
              in.malformed().stream()
                  .map(m -> "\"" + m.input() + "\"")
                  .collect(Collectors.joining(", ")));
    }
    if (in.duplicates() > 0) {
      text +=
          (text.isEmpty() ? "" : "\n") + messages.format("incident.duplicates", in.duplicates());
    }
    return text;
  }

  /** Checks the addresses, then lists each owner's bin (a few owners at once). */
  public void preview() {
    if (!canPreview.get()) {
      return;
    }
    OwnerInput parsed;
    try {
      parsed = planner.fromText(ownersText.get());
    } catch (InvalidRequestException e) {
      inputProblem.set(messages.format("incident.refused", e.getMessage()));
      return;
    }
    inputProblem.set(malformedText(parsed));
    if (parsed.owners().isEmpty()) {
      inputProblem.set(
          (inputProblem.get().isEmpty() ? "" : inputProblem.get() + "\n")
              + messages.get("incident.noOwner"));
      return;
    }
    String text = ownersText.get();
    busy.set(true);
    cancel.set(false);
    rows.clear();
    report.set(null);
    resultText.set("");
    progressText.set(messages.format("incident.previewing", 0, parsed.owners().size()));
    update();
    Job.of(
            messages.get("incident.previewTitle"),
            context ->
                previewer.preview(
                    parsed.owners(),
                    (p, listed, total) -> {
                      String line = messages.format("incident.previewing", listed, total);
                      context.progress((double) listed / total, line);
                      ui.onUi(() -> progressText.set(line));
                    },
                    cancel::get))
        .onCancel(() -> cancel.set(true))
        .onSuccess(
            previews -> {
              busy.set(false);
              progressText.set("");
              if (!text.equals(ownersText.get())) {
                update(); // The owners changed while listing: this preview is stale.
                return;
              }
              input = parsed;
              previewedText = text;
              previews.forEach(p -> rows.add(row(p)));
              updateTotals();
              update();
            })
        .onFailure(
            error -> {
              busy.set(false);
              progressText.set(ErrorMessages.describe(error, messages));
              update();
            })
        .start(ui);
  }

  private OwnerRow row(OwnerPreview p) {
    String note =
        switch (p.status()) {
          case IN_BIN -> "";
          case EMPTY -> messages.get("incident.note.empty");
          case NOT_ALLOWED -> messages.get("incident.note.notAllowed");
          case INCOMPLETE -> messages.format("incident.note.incomplete", p.message());
          case FAILED -> messages.format("incident.note.failed", p.message());
        };
    OwnerRow row =
        new OwnerRow(
            p,
            messages.get("incident.status." + p.status().name()),
            formats.size(p.totalBytes()),
            p.oldest() == null ? "" : formats.dateTime(p.oldest()),
            p.newest() == null ? "" : formats.dateTime(p.newest()),
            note);
    row.selectedProperty().addListener((obs, was, now) -> updateTotals());
    return row;
  }

  private void updateTotals() {
    IncidentPlan plan = plan();
    totals.set(
        plan == null
            ? ""
            : messages.format(
                "incident.totals",
                plan.owners().size(),
                plan.recordings(),
                formats.size(plan.totalBytes()),
                plan.excluded().size()));
    update();
  }

  /** The plan as the rows stand: ticked owners with recordings; null before a preview. */
  IncidentPlan plan() {
    if (input == null || rows.isEmpty()) {
      return null;
    }
    Set<EmailAddress> unticked =
        rows.stream()
            .filter(r -> !r.selectedProperty().get())
            .map(r -> r.preview().owner())
            .collect(Collectors.toSet());
    return IncidentPlan.of(input, rows.stream().map(OwnerRow::preview).toList(), unticked);
  }

  /** One confirmation with the totals, then the incident runs in the background. */
  public void confirm() {
    IncidentPlan plan = plan();
    if (!canConfirm.get() || plan == null || plan.owners().isEmpty()) {
      return;
    }
    if (!dialogs.confirm(
        messages.get("incident.title"),
        messages.format("incident.confirm.header", plan.recordings(), plan.owners().size()),
        messages.format(
            "incident.confirm.details",
            plan.owners().size(),
            plan.recordings(),
            formats.size(plan.totalBytes()),
            plan.excluded().size()))) {
      return;
    }
    run(
        messages.get("incident.jobTitle"),
        plan.owners().size(),
        (listener, cancelled) -> service.start(plan, listener, cancelled));
  }

  /**
   * Goes on with an unfinished incident (from the resume prompt or the history). While a preview, a
   * file read or another incident is under way, it goes on as soon as that ends, and says so.
   */
  public void resume(String incidentId) {
    if (busy.get()) {
      resumeWhenIdle = incidentId;
      resultText.set(messages.format("incident.resumeWaits", incidentId));
      return;
    }
    run(
        messages.format("incident.resumeTitle", incidentId),
        0,
        (listener, cancelled) -> service.resume(incidentId, listener, cancelled));
  }

  private void resumeWaitingIncident() {
    String incidentId = resumeWhenIdle;
    if (incidentId != null && !busy.get()) {
      resumeWhenIdle = null;
      resume(incidentId);
    }
  }

  private interface Work {
    IncidentReport run(IncidentProgress.Listener listener, java.util.function.BooleanSupplier c);
  }

  /**
   * Runs the incident as an entry of the shared jobs list, so that it ends as every job does (the
   * finish or failure is told there, once); the dialog shows the same progress and the result.
   */
  private void run(String title, int owners, Work work) {
    busy.set(true);
    running.set(true);
    cancel.set(false);
    report.set(null);
    resultText.set("");
    progress.set(0);
    progressText.set(messages.format("incident.progress", 0, owners, 0));
    update();
    JobViewModel entry = jobs.track(title, this::resume);
    Job.of(
            title,
            context ->
                work.run(
                    p -> {
                      String line =
                          messages.format(
                              "incident.progress",
                              p.ownersDone(),
                              p.ownersTotal(),
                              p.recordingsRestored());
                      context.progress(p.fraction(), line);
                      ui.onUi(
                          () -> {
                            progress.set(p.fraction());
                            progressText.set(line);
                            jobs.progress(entry, p.fraction(), line);
                          });
                    },
                    () -> cancel.get() || entry.isCancelRequested()))
        .onCancel(() -> cancel.set(true))
        .onSuccess(r -> jobs.finished(entry, r.incidentId(), r.state(), finished(r)))
        .onFailure(
            error -> {
              busy.set(false);
              running.set(false);
              resultText.set(ErrorMessages.describe(error, messages));
              update();
              jobs.failed(entry, error);
            })
        .start(ui);
  }

  /** Shows the incident's result in the dialog; returns the summary for the jobs list. */
  private String finished(IncidentReport r) {
    busy.set(false);
    running.set(false);
    report.set(r);
    progress.set(r.ownersToRestore() == 0 ? 1 : (double) r.ownersDone() / r.ownersToRestore());
    progressText.set(
        messages.format(
            "incident.progress", r.ownersDone(), r.ownersToRestore(), r.recordingsRestored()));
    String summary =
        messages.format(
            "incident.result",
            r.ownersDone(),
            r.ownersToRestore(),
            r.recordingsRestored(),
            r.recordingsLeft(),
            r.owners().size() - r.ownersToRestore());
    long trouble =
        r.owners().stream()
            .filter(
                o ->
                    o.state() == OwnerResult.State.PARTLY_RESTORED
                        || o.state() == OwnerResult.State.NOT_RESTORED)
            .count();
    if (trouble > 0) {
      summary += "\n" + messages.format("incident.resultTrouble", trouble);
    }
    if (!r.completed()) {
      summary +=
          "\n"
              + messages.format(
                  "incident.paused",
                  messages.get("history.state." + r.state().name()),
                  r.stateMessage() == null ? "" : r.stateMessage());
    }
    resultText.set(summary);
    update();
    return summary;
  }

  /** Stops the incident between requests; it can be resumed. */
  public void cancel() {
    cancel.set(true);
  }

  /** Writes the incident's audit (every owner) where the operator says. */
  public void export(boolean json) {
    IncidentReport r = report.get();
    if (r == null) {
      return;
    }
    String ext = json ? "json" : "csv";
    Optional<Path> target =
        dialogs.chooseSaveFile(
            messages.get("incident.exportTitle"), r.incidentId() + "." + ext, ext);
    if (target.isEmpty()) {
      return;
    }
    IncidentAudit audit = new IncidentAudit();
    String text = json ? audit.json(r) : audit.csv(r);
    // One small file: nothing to stop, so no onCancel.
    Job.of(
            messages.get("incident.exportTitle"),
            context -> Files.writeString(target.get(), text, StandardCharsets.UTF_8))
        .onSuccess(
            path ->
                resultText.set(
                    resultText.get() + "\n" + messages.format("incident.exported", path)))
        .onFailure(
            error ->
                dialogs.showError(
                    messages.get("incident.exportTitle"), ErrorMessages.describe(error, messages)))
        .start(ui);
  }

  private void update() {
    boolean admin = user.admin();
    canPreview.set(admin && !busy.get() && !ownersText.get().isBlank());
    IncidentPlan plan = plan();
    canConfirm.set(admin && !busy.get() && plan != null && !plan.owners().isEmpty());
    canExport.set(!busy.get() && report.get() != null);
  }

  public StringProperty ownersTextProperty() {
    return ownersText;
  }

  public ReadOnlyStringProperty inputProblemProperty() {
    return inputProblem.getReadOnlyProperty();
  }

  public ObservableList<OwnerRow> rows() {
    return rows;
  }

  public ReadOnlyStringProperty totalsProperty() {
    return totals.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canPreviewProperty() {
    return canPreview.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canConfirmProperty() {
    return canConfirm.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canExportProperty() {
    return canExport.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty progressTextProperty() {
    return progressText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty resultTextProperty() {
    return resultText.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<IncidentReport> reportProperty() {
    return report.getReadOnlyProperty();
  }
}
