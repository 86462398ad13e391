package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.Formats;
import io.recordingrescue.ui.jobs.JobsState;
import io.recordingrescue.ui.jobs.RestoreSummary;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.collections.ObservableList;

/**
 * The loaded bin the screens share: its rows, the table's selection, and how times and sizes are
 * written. The recycle-bin screen fills it and selects in it; restore all and restore by ids read
 * it; every restore job's restored ids leave it ({@link #rowsLeftBin}), whichever screen started or
 * resumed the job. UI thread only.
 */
public final class BinState {
  private final Clock clock;
  private final Formats formats;
  private final LoadedBin loaded;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private List<RecordingRow> selection = List.of();

  /** Rows that a job of {@code jobs} restores leave this bin (new and resumed jobs alike). */
  public BinState(Clock clock, ZoneId zone, JobsState jobs) {
    this(clock, new Formats(zone), zone, jobs);
  }

  /** As above, with sizes and dates written for the window's language. */
  public BinState(Clock clock, Formats formats, ZoneId zone, JobsState jobs) {
    this.clock = clock;
    this.formats = formats;
    this.loaded = new LoadedBin(zone);
    jobs.onEveryReport(report -> rowsLeftBin(RestoreSummary.restoredIds(report)));
  }

  /** Every loaded row, read-only. */
  public ObservableList<RecordingRow> rows() {
    return loaded.rows();
  }

  /** The row of every loaded id, in load order. */
  public Map<String, RecordingRow> byId() {
    return loaded.byId();
  }

  /** The rows selected in the table now. */
  public List<RecordingRow> selection() {
    return selection;
  }

  /** Rows that left the bin leave the rows and the selection. */
  public void rowsLeftBin(Set<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    loaded.removeIds(ids);
    select(selection.stream().filter(r -> !ids.contains(r.id())).toList());
  }

  public Formats formats() {
    return formats;
  }

  public Clock clock() {
    return clock;
  }

  /** The table's selection changed (or rows left it). */
  void select(List<RecordingRow> selected) {
    selection = List.copyOf(selected);
    listeners.forEach(Runnable::run);
  }

  /** Runs {@code action} after the selection changed (also when rows left the bin). */
  void onSelectionChange(Runnable action) {
    listeners.add(Objects.requireNonNull(action));
  }

  LoadedBin loaded() {
    return loaded;
  }
}
