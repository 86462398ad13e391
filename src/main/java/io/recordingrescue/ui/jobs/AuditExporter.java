package io.recordingrescue.ui.jobs;

import io.recordingrescue.restore.AuditExport;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.ErrorMessages;
import io.recordingrescue.ui.Job;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.UiExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Saves a job's audit file: asks where (on the UI thread, through {@link DialogService}), then
 * reads the report if needed and writes the file in the background. A failure is said in a dialog.
 */
public final class AuditExporter {
  private final AuditExport export;
  private final UiExecutor ui;
  private final DialogService dialogs;
  private final Messages messages;

  public AuditExporter(
      AuditExport export, UiExecutor ui, DialogService dialogs, Messages messages) {
    this.export = export;
    this.ui = ui;
    this.dialogs = dialogs;
    this.messages = messages;
  }

  /**
   * Asks for a file named after {@code jobId}; when one is chosen, writes {@code report} (read off
   * the UI thread) there and hands the path to {@code onSaved} on the UI thread.
   */
  public void export(
      String jobId, Callable<RestoreReport> report, AuditFormat format, Consumer<Path> onSaved) {
    Optional<Path> target =
        dialogs.chooseSaveFile(
            messages.format("audit.save.title", format.name()),
            "recording-rescue-" + jobId + "." + format.extension(),
            format.extension());
    if (target.isEmpty()) {
      return;
    }
    Path file = target.get();
    // One small file: nothing to stop half-way, so no onCancel.
    Job.of(
            messages.format("audit.save.job", file.getFileName()),
            context -> {
              write(file, format.render(export, report.call()));
              return file;
            })
        .onSuccess(onSaved)
        .onFailure(
            error ->
                dialogs.showError(
                    messages.get("audit.save.failed"), ErrorMessages.describe(error, messages)))
        .start(ui);
  }

  /** Writes beside the target, then moves it in place, so a half-written file never remains. */
  private static void write(Path file, String text) throws java.io.IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
  }
}
