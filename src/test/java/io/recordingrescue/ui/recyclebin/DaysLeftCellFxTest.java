package io.recordingrescue.ui.recyclebin;

import static io.recordingrescue.ui.Fakes.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.recordingrescue.ui.Fakes;
import io.recordingrescue.ui.Formats;
import io.recordingrescue.ui.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A week or less before the purge, the days-left cell stands out; otherwise it does not. */
@ExtendWith(ApplicationExtension.class)
class DaysLeftCellFxTest {
  private static final PseudoClass URGENT = PseudoClass.getPseudoClass("urgent");

  private final ObservableList<RecordingRow> rows = FXCollections.observableArrayList();
  private TableView<RecordingRow> table;

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    table = new TableView<>(rows);
    table
        .getColumns()
        .addAll(
            new BinColumns(
                    Fakes.messages(), new Formats(ZoneOffset.UTC), Clock.fixed(NOW, ZoneOffset.UTC))
                .all());
    rows.addAll(
        row("seen-25-days-ago", 25), // 5 days left
        row("seen-23-days-ago", 23), // 7 days left: the last urgent day count
        row("seen-22-days-ago", 22), // 8 days left
        new RecordingRow(recording("never-seen"), null)); // unknown: the full 30 days
    Scene scene = new Scene(table, 1280, 400);
    scene.getStylesheets().add(Messages.class.getResource("app.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void aWeekOrLessLeftIsUrgentAndBold(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    Map<String, TableCell<?, ?>> cells = daysLeftCells();

    assertThat(cells).containsOnlyKeys("≤ 5", "≤ 7", "≤ 8", "≤ 30");
    assertThat(urgent(cells.get("≤ 5"))).isTrue();
    assertThat(urgent(cells.get("≤ 7"))).isTrue();
    assertThat(urgent(cells.get("≤ 8"))).isFalse();
    assertThat(urgent(cells.get("≤ 30"))).isFalse();
    // app.css styles :urgent cells bold; the others keep the theme's weight.
    assertThat(cells.get("≤ 5").getFont().getStyle()).containsIgnoringCase("bold");
    assertThat(cells.get("≤ 8").getFont().getStyle()).doesNotContainIgnoringCase("bold");
  }

  @Test
  void aCellThatShowsAnotherRowTakesThatRowsState(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> rows.set(0, row("seen-1-day-ago", 1))); // the urgent row's cell is reused
    WaitForAsyncUtils.waitForFxEvents();
    Map<String, TableCell<?, ?>> cells = daysLeftCells();

    assertThat(cells).containsOnlyKeys("≤ 29", "≤ 7", "≤ 8", "≤ 30");
    assertThat(urgent(cells.get("≤ 29"))).isFalse();
    assertThat(urgent(cells.get("≤ 7"))).isTrue();
  }

  private Map<String, TableCell<?, ?>> daysLeftCells() {
    return table.lookupAll(".table-cell").stream()
        .map(n -> (TableCell<?, ?>) n)
        .filter(c -> "daysLeft".equals(c.getTableColumn().getId()))
        .filter(c -> !c.isEmpty() && c.getText() != null)
        .collect(Collectors.toMap(TableCell::getText, c -> c));
  }

  private static boolean urgent(TableCell<?, ?> cell) {
    return cell.getPseudoClassStates().contains(URGENT);
  }

  private static RecordingRow row(String id, long daysAgo) {
    return new RecordingRow(recording(id), NOW.minus(Duration.ofDays(daysAgo)));
  }

  private static io.recordingrescue.webex.Recording recording(String id) {
    return Fakes.rec(id, "Topic " + id, "a@example.com", "user", "calling", 1_000, NOW);
  }
}
