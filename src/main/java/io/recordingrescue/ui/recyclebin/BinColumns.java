package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.Formats;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.webex.Recording;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * The columns of the bin table. Sizes, durations and dates hold their raw values and only show them
 * formatted, so that the table sorts them by value, not by text.
 */
final class BinColumns {
  /** Days left at or below this are styled "urgent". */
  private static final long URGENT_DAYS = 7;

  private final Messages m;
  private final Formats formats;
  private final Clock clock;

  BinColumns(Messages messages, Formats formats, Clock clock) {
    this.m = messages;
    this.formats = formats;
    this.clock = clock;
  }

  /** Every column in display order. */
  List<TableColumn<RecordingRow, ?>> all() {
    return List.of(
        text("topic", "col.topic", r -> r.topic(), 320),
        text("owner", "col.owner", r -> r.ownerEmail(), 200),
        text("ownerType", "col.ownerType", r -> r.ownerType(), 90),
        formatted("created", "col.created", Recording::createTime, formats::dateTime, 130),
        formatted("duration", "col.duration", Recording::durationSeconds, Formats::duration, 80),
        formatted("size", "col.size", Recording::sizeBytes, formats::size, 80),
        text("serviceType", "col.serviceType", r -> r.serviceType(), 100),
        text("format", "col.format", r -> r.format(), 60),
        text("region", "col.region", r -> r.storageRegion(), 80),
        daysLeft(),
        text("id", "col.id", r -> r.id(), 160));
  }

  private TableColumn<RecordingRow, String> text(
      String id, String key, Function<Recording, String> value, double width) {
    TableColumn<RecordingRow, String> c = new TableColumn<>(m.get(key));
    c.setId(id);
    c.setPrefWidth(width);
    c.setCellValueFactory(
        d -> {
          String v = value.apply(d.getValue().recording());
          return new ReadOnlyObjectWrapper<>(v == null ? "" : v);
        });
    return c;
  }

  private <T extends Comparable<T>> TableColumn<RecordingRow, T> formatted(
      String id,
      String key,
      Function<Recording, T> value,
      Function<T, String> format,
      double width) {
    TableColumn<RecordingRow, T> c = new TableColumn<>(m.get(key));
    c.setId(id);
    c.setPrefWidth(width);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue().recording())));
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
              }
            });
    if (!"created".equals(id)) {
      c.setStyle("-fx-alignment: CENTER-RIGHT;");
    }
    return c;
  }

  /**
   * At most how many days are left before the bin purges the recording, counted from when this app
   * first saw it there; the header's tooltip says why it is "at most".
   */
  private TableColumn<RecordingRow, Long> daysLeft() {
    TableColumn<RecordingRow, Long> c = new TableColumn<>();
    c.setId("daysLeft");
    Label header = new Label(m.get("col.daysLeft"));
    Tooltip tip = new Tooltip(m.get("col.daysLeft.tip"));
    tip.setWrapText(true);
    tip.setMaxWidth(360);
    header.setTooltip(tip);
    header.setAccessibleHelp(m.get("col.daysLeft.tip"));
    c.setGraphic(header);
    c.setText("");
    c.setPrefWidth(125);
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    c.setCellValueFactory(
        d -> {
          Instant first = d.getValue().firstSeenDeleted();
          return new ReadOnlyObjectWrapper<>(Formats.daysLeftAtMost(first, clock.instant()));
        });
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "≤ " + item);
                getStyleClass().remove("urgent");
                if (!empty && item != null && item <= URGENT_DAYS) {
                  getStyleClass().add("urgent");
                }
              }
            });
    return c;
  }
}
