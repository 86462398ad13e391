package io.recordingrescue.ui.recyclebin;

import static io.recordingrescue.ui.recyclebin.RecordingRow.orEmpty;

import io.recordingrescue.ui.Formats;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.webex.RecordingValues;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * The columns of the bin table. Sizes, durations and dates hold their raw values and only show them
 * formatted, so that the table sorts them by value, not by text.
 *
 * <p>Each column also carries {@link #order(TableColumn) how rows compare by it}, straight from the
 * recording (the table's own comparator asks every column for a new cell value per comparison,
 * which is too slow for a sorted bin of 100,000 rows), and, for the columns of short values, {@link
 * #samples(TableColumn) the widest values it shows}, which {@link ColumnFit} measures.
 */
final class BinColumns {
  /** Days left at or below this are styled {@code :urgent}. */
  private static final long URGENT_DAYS = 7;

  private static final PseudoClass URGENT = PseudoClass.getPseudoClass("urgent");

  private static final String ORDER = BinColumns.class.getName() + ".order";
  private static final String SAMPLES = BinColumns.class.getName() + ".samples";

  private final Messages m;
  private final Formats formats;
  private final Clock clock;

  BinColumns(Messages messages, Formats formats, Clock clock) {
    this.m = messages;
    this.formats = formats;
    this.clock = clock;
  }

  /**
   * Every column in display order. Topic and owner e-mail share the width the others leave; owner
   * type, service type and id are hidden until the operator shows them (table menu): the details
   * pane and the quick filters show them already.
   */
  List<TableColumn<RecordingRow, ?>> all() {
    TableColumn<RecordingRow, String> ownerType =
        fitted(
            text("ownerType", "col.ownerType", RecordingRow::ownerType),
            List.of(
                RecordingValues.OWNER_USER,
                RecordingValues.OWNER_PLACE,
                RecordingValues.OWNER_VIRTUAL_LINE,
                RecordingValues.OWNER_CALL_QUEUE));
    ownerType.setVisible(false);
    TableColumn<RecordingRow, String> serviceType =
        fitted(
            text("serviceType", "col.serviceType", RecordingRow::serviceType),
            List.of(RecordingValues.SERVICE_CALLING, RecordingValues.SERVICE_CUSTOMER_ASSIST));
    serviceType.setVisible(false);
    TableColumn<RecordingRow, String> id = text("id", "col.id", RecordingRow::id);
    id.setPrefWidth(200);
    id.setMinWidth(80);
    id.setVisible(false);
    return List.of(
        flexible(text("topic", "col.topic", RecordingRow::topic), 340),
        flexible(text("owner", "col.owner", RecordingRow::ownerEmail), 230),
        ownerType,
        created(),
        number(
            "duration",
            "col.duration",
            RecordingRow::durationSeconds,
            Formats::duration,
            // Hours are not wrapped at 24; a day-long call is the longest that happens.
            List.of(Formats.duration(24 * 3600 - 1), Formats.duration(99 * 3600))),
        number(
            "size",
            "col.size",
            RecordingRow::sizeBytes,
            formats::size,
            List.of(
                formats.size(999_900_000L),
                formats.size(999_900_000_000L),
                formats.size(999_900L),
                formats.size(999))),
        serviceType,
        fitted(text("format", "col.format", RecordingRow::format), List.of("MP3", "MP4", "WAV")),
        fitted(
            text("region", "col.region", RecordingRow::storageRegion), List.of("US", "GB", "WW")),
        daysLeft(),
        id);
  }

  /** How rows compare by this column (ascending), without cell values. */
  @SuppressWarnings("unchecked")
  static Comparator<RecordingRow> order(TableColumn<RecordingRow, ?> column) {
    return (Comparator<RecordingRow>) column.getProperties().get(ORDER);
  }

  /** The widest values of a column sized to its content; null for a column that flexes. */
  @SuppressWarnings("unchecked")
  static List<String> samples(TableColumn<RecordingRow, ?> column) {
    return (List<String>) column.getProperties().get(SAMPLES);
  }

  /** The text of the header: its text, or the text of its graphic label. */
  static String headerText(TableColumn<?, ?> column) {
    return column.getGraphic() instanceof Label l ? l.getText() : column.getText();
  }

  private TableColumn<RecordingRow, String> text(
      String id, String key, Function<RecordingRow, String> value) {
    TableColumn<RecordingRow, String> c = new TableColumn<>(m.get(key));
    c.setId(id);
    c.setCellValueFactory(
        d -> {
          String v = value.apply(d.getValue());
          return new ReadOnlyObjectWrapper<>(v == null ? "" : v);
        });
    c.getProperties()
        .put(
            ORDER,
            Comparator.comparing(
                (RecordingRow r) -> orEmpty(value.apply(r)), String.CASE_INSENSITIVE_ORDER));
    return c;
  }

  /** Takes a share of the free width; the cell's tooltip holds the whole text. */
  private static TableColumn<RecordingRow, String> flexible(
      TableColumn<RecordingRow, String> c, double prefWidth) {
    c.setPrefWidth(prefWidth);
    c.setMinWidth(120);
    c.setCellFactory(col -> new FullTextCell());
    return c;
  }

  private static <T> TableColumn<RecordingRow, T> fitted(
      TableColumn<RecordingRow, T> c, List<String> samples) {
    c.getProperties().put(SAMPLES, List.copyOf(samples));
    return c;
  }

  private TableColumn<RecordingRow, Instant> created() {
    TableColumn<RecordingRow, Instant> c = new TableColumn<>(m.get("col.created"));
    c.setId("created");
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().createTime()));
    c.setCellFactory(col -> new FormattedCell<>(formats::dateTime));
    c.getProperties().put(ORDER, (Comparator<RecordingRow>) RecordingRow::compareCreateTime);
    // Digits may differ in width in some fonts: measure a few dates made of the wide ones.
    return fitted(
        c,
        List.of(
            formats.dateTime(LocalDateTime.of(2028, 12, 28, 20, 58).toInstant(ZoneOffset.UTC)),
            formats.dateTime(LocalDateTime.of(2000, 10, 20, 0, 0).toInstant(ZoneOffset.UTC)),
            formats.dateTime(LocalDateTime.of(2026, 11, 29, 14, 44).toInstant(ZoneOffset.UTC))));
  }

  private TableColumn<RecordingRow, Long> number(
      String id,
      String key,
      ToLongFunction<RecordingRow> value,
      Function<Long, String> format,
      List<String> samples) {
    TableColumn<RecordingRow, Long> c = new TableColumn<>(m.get(key));
    c.setId(id);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.applyAsLong(d.getValue())));
    c.setCellFactory(col -> new FormattedCell<>(format));
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    c.getProperties().put(ORDER, Comparator.comparingLong(value));
    return fitted(c, samples);
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
                setText(empty || item == null ? null : Formats.daysLeftText(item));
                // A pseudo-class, not a style class: a cell that keeps its state costs no CSS pass
                // (removing and adding a style class restyled every cell on every update).
                pseudoClassStateChanged(URGENT, !empty && item != null && item <= URGENT_DAYS);
              }
            });
    // Seen first longest ago means fewest days left; unknown counts as the full 30 days.
    c.getProperties()
        .put(
            ORDER,
            Comparator.comparingLong(
                (RecordingRow r) -> Formats.daysLeftAtMost(r.firstSeenDeleted(), clock.instant())));
    return fitted(
        c, List.of(Formats.daysLeftText(Formats.RETENTION_DAYS), Formats.daysLeftText(88)));
  }

  /** A value shown formatted. */
  private static final class FormattedCell<T> extends TableCell<RecordingRow, T> {
    private final Function<T, String> format;

    FormattedCell(Function<T, String> format) {
      this.format = format;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty || item == null ? null : format.apply(item));
    }
  }

  /** Text that may be cut at the column's edge; the tooltip shows all of it. */
  private static final class FullTextCell extends TableCell<RecordingRow, String> {
    private final Tooltip tooltip = new Tooltip();

    FullTextCell() {
      tooltip.setWrapText(true);
      tooltip.setMaxWidth(600);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      boolean blank = empty || item == null || item.isEmpty();
      setText(blank ? null : item);
      tooltip.setText(blank ? "" : item);
      setTooltip(blank ? null : tooltip);
    }
  }
}
