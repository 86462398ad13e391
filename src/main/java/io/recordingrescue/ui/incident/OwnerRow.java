package io.recordingrescue.ui.incident;

import io.recordingrescue.restore.incident.OwnerPreview;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One owner of the preview table: what the listing found and whether the operator keeps the owner
 * ticked. Owners with nothing to restore (empty, 403, not listed) cannot be ticked.
 */
public final class OwnerRow {
  private final OwnerPreview preview;
  private final String status;
  private final String size;
  private final String oldest;
  private final String newest;
  private final String note;
  private final BooleanProperty selected;

  OwnerRow(
      OwnerPreview preview, String status, String size, String oldest, String newest, String note) {
    this.note = note;
    this.preview = preview;
    this.status = status;
    this.size = size;
    this.oldest = oldest;
    this.newest = newest;
    this.selected = new SimpleBooleanProperty(preview.restorable());
    selected.addListener(
        (obs, was, now) -> {
          if (now && !preview.restorable()) {
            selected.set(false);
          }
        });
  }

  public OwnerPreview preview() {
    return preview;
  }

  public String owner() {
    return preview.owner().value();
  }

  public String status() {
    return status;
  }

  public int count() {
    return preview.count();
  }

  public String size() {
    return size;
  }

  public String oldest() {
    return oldest;
  }

  public String newest() {
    return newest;
  }

  public String note() {
    return note;
  }

  public boolean selectable() {
    return preview.restorable();
  }

  public BooleanProperty selectedProperty() {
    return selected;
  }
}
