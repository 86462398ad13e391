package io.recordingrescue.ui.restoreall;

import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.ui.BinSource;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.ErrorMessages;
import io.recordingrescue.ui.Formats;
import io.recordingrescue.ui.Job;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.UserContext;
import io.recordingrescue.ui.jobs.JobsState;
import io.recordingrescue.ui.jobs.RestoreSummary;
import io.recordingrescue.ui.recyclebin.BinState;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RecordingSpan;
import io.recordingrescue.webex.ScanListener;
import io.recordingrescue.webex.ScanResult;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Restore all for a user…": as admin, a valid owner e-mail, a preview of that owner's bin, a
 * confirmation that repeats the e-mail, one {@code restoreAll}, and a re-list that counts what left
 * the bin. As a user the same for my own recordings, without an e-mail.
 */
public final class RestoreAllViewModel {
  private final BinSource bin;
  private final UiExecutor ui;
  private final DialogService dialogs;
  private final JobsState jobs;
  private final Messages messages;
  private final UserContext user;
  private final Formats formats;

  private final StringProperty ownerEmail = new SimpleStringProperty("");
  private final ReadOnlyBooleanWrapper emailValid = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper validationMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper previewText = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canPreview = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canRestore = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
  private final AtomicBoolean previewCancel = new AtomicBoolean();

  /** What the owner has in the bin now. {@code owner} is null for "my own". */
  public record Preview(
      EmailAddress owner, int count, long totalBytes, Instant oldest, Instant newest) {}

  public RestoreAllViewModel(
      BinSource bin,
      UiExecutor ui,
      DialogService dialogs,
      JobsState jobs,
      BinState loaded,
      Messages messages,
      UserContext user) {
    this.bin = bin;
    this.ui = ui;
    this.dialogs = dialogs;
    this.jobs = jobs;
    this.messages = messages;
    this.user = user;
    this.formats = loaded.formats();
    ownerEmail.addListener((obs, was, now) -> validate());
    validate();
  }

  public boolean isAdmin() {
    return user.admin();
  }

  private void validate() {
    boolean valid = !user.admin() || EmailAddress.isValid(ownerEmail.get());
    emailValid.set(valid);
    if (!user.admin()) {
      validationMessage.set("");
    } else if (ownerEmail.get() == null || ownerEmail.get().isBlank()) {
      validationMessage.set(messages.get("restoreAll.emailRequired"));
    } else {
      validationMessage.set(
          valid ? "" : messages.format("restoreAll.emailInvalid", ownerEmail.get()));
    }
    // A preview of another e-mail must not be restored by accident.
    Preview p = preview.get();
    if (p != null && !Objects.equals(p.owner(), currentOwner())) {
      preview.set(null);
      previewText.set("");
    }
    updateCommands();
  }

  private EmailAddress currentOwner() {
    return user.admin() && EmailAddress.isValid(ownerEmail.get())
        ? EmailAddress.parse(ownerEmail.get())
        : null;
  }

  private void updateCommands() {
    canPreview.set(emailValid.get() && !busy.get());
    Preview p = preview.get();
    canRestore.set(
        p != null && p.count() > 0 && !busy.get() && Objects.equals(p.owner(), currentOwner()));
  }

  /** Lists the owner's bin (admin list with {@code ownerEmail}, or my own) for the preview. */
  public void preview() {
    if (!emailValid.get() || busy.get()) {
      return;
    }
    EmailAddress owner = currentOwner();
    ListScope scope = owner == null ? ListScope.mine() : ListScope.owner(owner);
    busy.set(true);
    previewCancel.set(false);
    resultText.set("");
    previewText.set(messages.get("restoreAll.previewing"));
    updateCommands();
    String title = messages.get("restoreAll.previewTitle");
    Job.of(
            title,
            context ->
                bin.scan(
                    scope,
                    new ScanListener() {
                      @Override
                      public void onPage(
                          List<Recording> fresh, io.recordingrescue.webex.ScanProgress progress) {
                        context.progress(progress.fraction(), title);
                      }

                      @Override
                      public boolean isCancelled() {
                        return previewCancel.get();
                      }
                    }))
        .onCancel(() -> previewCancel.set(true))
        .onSuccess(result -> previewDone(owner, result))
        .onFailure(
            error -> {
              busy.set(false);
              previewText.set(ErrorMessages.describe(error, messages));
              updateCommands();
            })
        .start(ui);
  }

  private void previewDone(EmailAddress owner, ScanResult result) {
    busy.set(false);
    List<Recording> recs = result.recordings();
    RecordingSpan span = RecordingSpan.of(recs);
    Preview p = new Preview(owner, span.count(), span.totalBytes(), span.oldest(), span.newest());
    if (!Objects.equals(owner, currentOwner())) {
      updateCommands(); // The e-mail changed while listing: this preview is stale.
      return;
    }
    preview.set(p);
    String who = owner == null ? messages.get("restoreAll.mine") : owner.value();
    if (p.count() == 0) {
      previewText.set(messages.format("restoreAll.nothing", who));
    } else {
      String text =
          messages.format(
              "restoreAll.preview",
              who,
              p.count(),
              formats.size(p.totalBytes()),
              formats.dateTime(span.oldest()),
              formats.dateTime(span.newest()));
      if (!result.complete()) {
        text += "\n" + messages.get("restoreAll.previewIncomplete");
      }
      previewText.set(text);
    }
    updateCommands();
  }

  /** The confirmation repeats the e-mail; then one restoreAll, then a re-list to verify. */
  public void restore() {
    Preview p = preview.get();
    if (!canRestore.get() || p == null) {
      return;
    }
    String who = p.owner() == null ? messages.get("restoreAll.mine") : p.owner().value();
    if (!dialogs.confirm(
        messages.get("restoreAll.title"),
        messages.format("restoreAll.confirm.header", who),
        messages.format(
            "restoreAll.confirm.details", p.count(), formats.size(p.totalBytes()), who))) {
      return;
    }
    RestoreTarget target =
        p.owner() == null ? new RestoreTarget.AllMine() : new RestoreTarget.AllForOwner(p.owner());
    busy.set(true);
    updateCommands();
    resultText.set(messages.get("restoreAll.running"));
    jobs.start(messages.format("restoreAll.jobTitle", who), target, report -> finished(p, report))
        .runningProperty()
        .addListener(
            (obs, was, running) -> {
              if (!running) {
                busy.set(false); // Also when the job failed before any report.
                updateCommands();
              }
            });
  }

  private void finished(Preview p, RestoreReport report) {
    busy.set(false);
    // The restored rows have left the loaded bin already: the jobs state removes them for every
    // job.
    // The engine counts what left the bin only when the job completes; a paused or cancelled job
    // says what it did and how to go on instead of a count it does not have.
    resultText.set(
        report.leftBinByRelist() < 0
            ? RestoreSummary.of(report).text(messages)
            : messages.format(
                "restoreAll.result",
                report.leftBinByRelist(),
                report.outcomes().size(),
                RestoreSummary.of(report).text(messages)));
    preview.set(null);
    updateCommands();
  }

  public StringProperty ownerEmailProperty() {
    return ownerEmail;
  }

  public ReadOnlyBooleanProperty emailValidProperty() {
    return emailValid.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty validationMessageProperty() {
    return validationMessage.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Preview> previewProperty() {
    return preview.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty previewTextProperty() {
    return previewText.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canPreviewProperty() {
    return canPreview.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRestoreProperty() {
    return canRestore.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty resultTextProperty() {
    return resultText.getReadOnlyProperty();
  }
}
