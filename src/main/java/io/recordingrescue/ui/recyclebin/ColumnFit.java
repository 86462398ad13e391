package io.recordingrescue.ui.recyclebin;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Sizes the columns of short values (size, created, duration, format, region, days left…) so that
 * their header and their widest value are shown whole, measured in the fonts the theme gives the
 * table: the widths follow the header text of any language and any font size, not English pixels.
 * Those columns keep that width; the others (topic, owner e-mail) share what is left.
 */
final class ColumnFit {
  /** Room for the sort arrow next to a header's text, in em. */
  private static final double SORT_ARROW_EM = 1.0;

  /** Space on either side of a cell's text when no cell exists yet to ask, in em. */
  private static final double CELL_PADDING_EM = 0.75;

  /** Rounding and sub-pixel layout would otherwise cut the last letter now and then. */
  private static final double SLACK = 2;

  private ColumnFit() {}

  /**
   * Fits the columns once the table's headers exist and have their styles: after the pulse that
   * first lays the table out (a window built before it is shown has no headers yet), and again at
   * each later change of the table's width until that has worked once.
   */
  static void whenStyled(TableView<RecordingRow> table) {
    boolean[] done = {false};
    ChangeListener<Object> tryFit =
        (o, was, now) -> {
          if (!done[0]) {
            // Later, not now: this pulse's layout creates and styles the headers.
            Platform.runLater(() -> done[0] = done[0] || fit(table));
          }
        };
    table.skinProperty().addListener(tryFit);
    table.widthProperty().addListener(tryFit);
  }

  /**
   * Sets the width of every column with {@link BinColumns#samples samples}; false when the table
   * has no headers yet to measure with.
   */
  static boolean fit(TableView<RecordingRow> table) {
    if (table.getScene() == null) {
      return false;
    }
    table.applyCss();
    // Every header label has the same font and padding: one of them is the ruler.
    Node ruler = table.lookup(".column-header .label");
    if (!(ruler instanceof Label header)) {
      return false;
    }
    for (TableColumn<RecordingRow, ?> c : table.getColumns()) {
      List<String> samples = BinColumns.samples(c);
      if (samples != null) {
        double width = width(header, BinColumns.headerText(c), samples);
        if (c.getGraphic() instanceof Label graphic) {
          // A header label as graphic sits inside the (empty) header label, after its text gap.
          width +=
              Math.ceil(
                  graphic.snappedLeftInset()
                      + graphic.snappedRightInset()
                      + header.getGraphicTextGap());
        }
        c.setMinWidth(width);
        c.setPrefWidth(width);
        c.setMaxWidth(width);
      }
    }
    return true;
  }

  /** The width that shows {@code headerText} and every sample whole. */
  static double width(Label header, String headerText, List<String> samples) {
    Font font = header.getFont();
    double em = font.getSize();
    double headerInsets = header.snappedLeftInset() + header.snappedRightInset();
    if (header.getParent() instanceof Region box) {
      headerInsets += box.snappedLeftInset() + box.snappedRightInset();
    }
    double needed = textWidth(headerText, font) + headerInsets + SORT_ARROW_EM * em;
    // Cells use the header's family and size, in regular weight (headers may be bold).
    Font cellFont = Font.font(font.getFamily(), em);
    for (String sample : samples) {
      needed = Math.max(needed, textWidth(sample, cellFont) + 2 * CELL_PADDING_EM * em);
    }
    return Math.ceil(needed + SLACK);
  }

  static double textWidth(String text, Font font) {
    Text t = new Text(text);
    t.setFont(font);
    return t.getLayoutBounds().getWidth();
  }
}
