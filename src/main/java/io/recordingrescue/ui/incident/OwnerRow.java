package io.recordingrescue.ui.incident;

import io.recordingrescue.restore.incident.OwnerPreview;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One owner of the preview table: what the listing found, as the table shows it, and whether the
 * operator keeps the owner ticked. Owners with nothing to restore (empty, 403, not listed) cannot
 * be ticked.
 */
public record OwnerRow(
    OwnerPreview preview,
    String status,
    String size,
    String oldest,
    String newest,
    String note,
    BooleanProperty selectedProperty) {

  OwnerRow(
      OwnerPreview preview, String status, String size, String oldest, String newest, String note) {
    this(preview, status, size, oldest, newest, note, tick(preview));
  }

  /** Ticked when the owner can be restored; a tick on one that cannot is taken back. */
  private static BooleanProperty tick(OwnerPreview preview) {
    BooleanProperty selected = new SimpleBooleanProperty(preview.restorable());
    selected.addListener(
        (obs, was, now) -> {
          if (now && !preview.restorable()) {
            selected.set(false);
          }
        });
    return selected;
  }

  public String owner() {
    return preview.owner().value();
  }

  public int count() {
    return preview.count();
  }

  public boolean selectable() {
    return preview.restorable();
  }
}
