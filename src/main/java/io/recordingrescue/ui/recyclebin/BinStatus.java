package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.Formats;
import io.recordingrescue.ui.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The table's selection with its totals, and the status-bar line that counts the rows and names the
 * selection when there is one.
 */
final class BinStatus {
  private final LoadedBin bin;
  private final Messages messages;
  private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
  private final ReadOnlyIntegerWrapper selectedCount = new ReadOnlyIntegerWrapper();
  private final ReadOnlyLongWrapper selectedBytes = new ReadOnlyLongWrapper();
  private List<RecordingRow> selection = List.of();

  BinStatus(LoadedBin bin, Messages messages) {
    this.bin = bin;
    this.messages = messages;
  }

  /** The table's selection changed. */
  void select(List<RecordingRow> selected) {
    selection = List.copyOf(selected);
    selectedCount.set(selection.size());
    selectedBytes.set(selection.stream().mapToLong(RecordingRow::sizeBytes).sum());
    update();
  }

  /** Writes the line again after rows came, went or were filtered. */
  void update() {
    String text = messages.format("status.counts", bin.size());
    if (bin.visibleCount() != bin.size()) {
      text += " · " + messages.format("status.shown", bin.visibleCount());
    }
    // Only a selection is named: "0 selected (0 B)" says nothing.
    if (selectedCount.get() > 0) {
      text +=
          " · "
              + messages.format(
                  "status.selected", selectedCount.get(), Formats.size(selectedBytes.get()));
    }
    statusText.set(text);
  }

  ReadOnlyStringProperty statusTextProperty() {
    return statusText.getReadOnlyProperty();
  }

  ReadOnlyIntegerProperty selectedCountProperty() {
    return selectedCount.getReadOnlyProperty();
  }

  ReadOnlyLongProperty selectedBytesProperty() {
    return selectedBytes.getReadOnlyProperty();
  }
}
