package io.recordingrescue.ui.restorebyids;

import io.recordingrescue.ui.Formats;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.recyclebin.BinRestorer;
import io.recordingrescue.ui.recyclebin.BinState;
import io.recordingrescue.ui.recyclebin.RecordingRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Restore by ids": parses what was pasted, checks every id against the loaded bin, lists the ids
 * that are not there, and restores the others like a selection (batches of at most 100).
 */
public final class RestoreByIdsViewModel {
  private final BinState bin;
  private final BinRestorer restorer;
  private final Messages messages;
  private final StringProperty pasted = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper analysis = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper unknownIds = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper canRestore = new ReadOnlyBooleanWrapper();
  private List<RecordingRow> known = List.of();
  private List<String> unknown = List.of();

  /**
   * @param bin the loaded bin the ids are checked against
   * @param restorer confirms and starts the job, as for a selection
   */
  public RestoreByIdsViewModel(BinState bin, BinRestorer restorer, Messages messages) {
    this.bin = bin;
    this.restorer = restorer;
    this.messages = messages;
    pasted.addListener((obs, was, now) -> analyse());
    analyse();
  }

  private void analyse() {
    IdParser.Parsed parsed = IdParser.parse(pasted.get());
    Map<String, RecordingRow> loaded = bin.byId();
    List<RecordingRow> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String id : parsed.ids()) {
      RecordingRow row = loaded.get(id);
      if (row == null) {
        missing.add(id);
      } else {
        found.add(row);
      }
    }
    known = List.copyOf(found);
    unknown = List.copyOf(missing);
    canRestore.set(!known.isEmpty());
    if (parsed.ids().isEmpty()) {
      analysis.set(messages.get("byIds.empty"));
    } else {
      String text =
          messages.format(
              "byIds.analysis",
              parsed.ids().size(),
              known.size(),
              Formats.size(
                  known.stream().mapToLong(RecordingRow::sizeBytes).sum(), messages.locale()),
              unknown.size());
      if (parsed.duplicates() > 0) {
        text += " " + messages.format("byIds.duplicates", parsed.duplicates());
      }
      if (known.size() > 100) {
        text += " " + messages.format("byIds.batches", (known.size() + 99) / 100);
      }
      analysis.set(text);
    }
    unknownIds.set(String.join("\n", unknown));
  }

  /** Restores the ids found in the bin (after the same confirmation as a selection). */
  public void restore() {
    if (!known.isEmpty()) {
      restorer.restore(known);
    }
  }

  public StringProperty pastedProperty() {
    return pasted;
  }

  public ReadOnlyStringProperty analysisProperty() {
    return analysis.getReadOnlyProperty();
  }

  /** Ids not in the loaded bin, one per line. */
  public ReadOnlyStringProperty unknownIdsProperty() {
    return unknownIds.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRestoreProperty() {
    return canRestore.getReadOnlyProperty();
  }

  public List<RecordingRow> knownRows() {
    return known;
  }

  public List<String> unknownIds() {
    return unknown;
  }
}
