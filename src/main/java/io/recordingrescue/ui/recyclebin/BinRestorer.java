package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.restore.IdHint;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.Formats;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.jobs.JobsState;
import io.recordingrescue.webex.Recording;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Restores rows of the bin: confirms count, size and owners, then starts the restore job. */
public final class BinRestorer {
  /** The confirmation names this many owners and counts the rest. */
  private static final int OWNERS_NAMED = 5;

  private final DialogService dialogs;
  private final JobsState jobs;
  private final Messages messages;

  public BinRestorer(DialogService dialogs, JobsState jobs, Messages messages) {
    this.dialogs = dialogs;
    this.jobs = jobs;
    this.messages = messages;
  }

  /** Tells the operator there is nothing to restore. */
  public void nothingSelected() {
    dialogs.showError(messages.get("restore.title"), messages.get("restore.nothingSelected"));
  }

  /**
   * Asks for confirmation, then restores. The ids that left the bin leave the {@link BinState} when
   * the job ends: the jobs state says so for every job.
   */
  public void restore(Collection<RecordingRow> toRestore) {
    List<RecordingRow> list = List.copyOf(toRestore);
    long bytes = list.stream().mapToLong(RecordingRow::sizeBytes).sum();
    if (!dialogs.confirm(
        messages.get("restore.title"),
        messages.format(
            "restore.confirm.header", list.size(), Formats.size(bytes, messages.locale())),
        messages.format("restore.confirm.owners", ownersText(list)))) {
      return;
    }
    List<String> ids = list.stream().map(RecordingRow::id).toList();
    jobs.start(
        messages.format("restore.jobTitle", ids.size()),
        new RestoreTarget.ByIds(ids, hintsOf(list)),
        report -> {});
  }

  /**
   * Where the loaded rows said each recording is: the engine then checks only those windows (and
   * owners) instead of listing the whole bin again before the first batch.
   */
  static Map<String, IdHint> hintsOf(List<RecordingRow> rows) {
    Map<String, IdHint> hints = new LinkedHashMap<>();
    for (RecordingRow row : rows) {
      Recording r = row.recording();
      if (r.createTime() != null) {
        hints.putIfAbsent(r.id(), new IdHint(r.createTime(), r.ownerEmail()));
      }
    }
    return hints;
  }

  private String ownersText(List<RecordingRow> list) {
    Set<String> owners = new LinkedHashSet<>();
    list.forEach(r -> owners.add(r.ownerEmail().isEmpty() ? "?" : r.ownerEmail()));
    List<String> names = new ArrayList<>(owners);
    if (names.size() <= OWNERS_NAMED) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, OWNERS_NAMED))
        + " "
        + messages.format("restore.confirm.moreOwners", names.size() - OWNERS_NAMED);
  }
}
