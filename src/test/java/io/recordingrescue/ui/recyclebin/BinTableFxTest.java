package io.recordingrescue.ui.recyclebin;

import static io.recordingrescue.ui.Fakes.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerLight;
import io.recordingrescue.ui.Fakes;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.jobs.JobsState;
import io.recordingrescue.webex.Recording;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bin table at the window's default size, 1280x800, in the app's theme: whole headers and
 * values in the columns of short values, newest first, and the details pane of the selected row.
 */
@ExtendWith(ApplicationExtension.class)
class BinTableFxTest {
  /** Columns whose headers and values must show whole. */
  private static final Set<String> FITTED =
      Set.of("created", "duration", "size", "format", "region", "daysLeft");

  private final Fakes.FakeBin bin = new Fakes.FakeBin();
  private RecycleBinViewModel vm;
  private RecycleBinView view;
  private TableView<RecordingRow> table;

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    bin.recordings.addAll(widestRecordings());
    bin.pageSize = 7;
    UiExecutor ui = UiExecutor.inline();
    Fakes.ScriptedDialogs dialogs = new Fakes.ScriptedDialogs();
    JobsState jobs = new JobsState(new Fakes.FakeRunner(), ui, dialogs, Fakes.messages());
    vm = Fakes.binScreen(bin, ui, dialogs, jobs, true);
    view = new RecycleBinView(vm, Fakes.messages());
    table = view.table();
    Scene scene = new Scene(view.root(), 1280, 800);
    URL css = Messages.class.getResource("app.css");
    scene.getStylesheets().add(css.toExternalForm());
    stage.setScene(scene);
    stage.show();
    vm.refresh();
  }

  @Test
  void shortColumnsShowWholeHeadersAndValuesAt1280x800(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    List<String> visible =
        table.getVisibleLeafColumns().stream().map(c -> c.getId()).collect(Collectors.toList());
    assertThat(visible)
        .containsExactly(
            "topic", "owner", "created", "duration", "size", "format", "region", "daysLeft");
    // Whole headers: each header label shows its text, not an ellipsis.
    List<Labeled> headers = new ArrayList<>();
    for (Node header : table.lookupAll(".column-header")) {
      if (header.getId() != null && FITTED.contains(header.getId()) && header.isVisible()) {
        Labeled label = (Labeled) header.lookup(".label");
        headers.add(label.getGraphic() instanceof Label graphic ? graphic : label);
      }
    }
    assertThat(headers).hasSize(FITTED.size());
    assertThat(headers).allSatisfy(l -> assertWhole(l));
    // Whole values, among them the widest each column can show.
    List<TableCell<?, ?>> cells = cellsOf(FITTED);
    assertThat(cells).hasSizeGreaterThan(FITTED.size() * 10);
    assertThat(cells).allSatisfy(c -> assertWhole(c));
    assertThat(cells.stream().map(Labeled::getText))
        .contains("999.9 MB", "23:59:59", "≤ 30", "2026-12-28 20:58");
    // Topic and owner take the rest of the width, between them.
    double fixed =
        table.getVisibleLeafColumns().stream()
            .filter(c -> FITTED.contains(c.getId()))
            .mapToDouble(c -> c.getWidth())
            .sum();
    double flexible = table.getColumns().get(0).getWidth() + table.getColumns().get(1).getWidth();
    assertThat(fixed + flexible).isGreaterThan(1280 - 40).isLessThanOrEqualTo(1280);
    assertThat(flexible).isGreaterThan(450);
  }

  @Test
  void headersStayWholeWithTheSortArrow(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    for (String id : FITTED) {
      Node header =
          robot.lookup("#" + id).match(n -> n.getStyleClass().contains("column-header")).query();
      Labeled label = (Labeled) header.lookup(".label");
      // A click sorts ascending, the next descending, the third not at all (created starts
      // descending): see the arrow both ways.
      for (int click = 0; click < 3; click++) {
        robot.clickOn(header);
        if (!table.getSortOrder().isEmpty()) {
          assertThat(table.getSortOrder()).extracting(c -> c.getId()).containsExactly(id);
          assertWhole(label.getGraphic() instanceof Label graphic ? graphic : label);
        }
      }
    }
  }

  @Test
  void rowsHaveTheThemesHeightFixedSoThatNoRowIsMeasured(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    // The theme's own row height: a plain table of the same rows, in a window of its own.
    double themed =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  TableView<RecordingRow> plain =
                      new TableView<>(FXCollections.observableArrayList(table.getItems()));
                  TableColumn<RecordingRow, String> id = new TableColumn<>("id");
                  id.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().id()));
                  plain.getColumns().add(id);
                  Stage other = new Stage();
                  other.setScene(new Scene(plain, 400, 300));
                  other.show();
                  plain.applyCss();
                  plain.layout();
                  double height = ((Region) plain.lookup(".table-row-cell")).getHeight();
                  other.close();
                  return height;
                })
            .get();
    double binRow = ((Region) table.lookup(".table-row-cell")).getHeight();
    assertThat(table.getFixedCellSize()).isGreaterThan(0).isCloseTo(themed, within(0.5));
    assertThat(binRow).isCloseTo(themed, within(0.5));
  }

  @Test
  void topicAndOwnerCellsHoldTheFullTextInATooltip(FxRobot robot) {
    RecordingRow longTopic =
        table.getItems().stream().filter(r -> r.id().equals("id-3")).findFirst().orElseThrow();
    robot.interact(() -> table.scrollTo(longTopic));
    WaitForAsyncUtils.waitForFxEvents();
    List<TableCell<?, ?>> cells = cellsOf(Set.of("topic", "owner"));
    assertThat(cells).isNotEmpty();
    assertThat(cells).allSatisfy(c -> assertThat(c.getTooltip().getText()).isEqualTo(c.getText()));
    // The long topic is cut in the cell and whole in its tooltip.
    TableCell<?, ?> longTopicCell =
        cells.stream().filter(c -> c.getText().startsWith("A very long")).findFirst().orElseThrow();
    assertThat(displayed(longTopicCell)).isNotEqualTo(longTopicCell.getText()).endsWith("...");
  }

  @Test
  void rowsComeNewestFirstAndStaySoAsPagesArrive(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getItems()).hasSize(bin.recordings.size());
    assertThat(table.getItems())
        .isSortedAccordingTo(
            Comparator.comparing((RecordingRow r) -> r.recording().createTime()).reversed());
    // Another scan brings a newer recording in its last page: it goes to the top.
    bin.recordings.add(
        Fakes.rec(
            "id-newest",
            "Newest",
            "new@x.com",
            "user",
            "calling",
            1,
            Instant.parse("2027-01-01T00:00:00Z")));
    robot.interact(vm::refresh);
    assertThat(table.getItems().get(0).id()).isEqualTo("id-newest");
    // The operator sorts by size instead.
    robot.clickOn(robot.lookup("#size").queryAs(Node.class));
    assertThat(table.getItems())
        .isSortedAccordingTo(Comparator.comparingLong(RecordingRow::sizeBytes));
  }

  @Test
  void detailsPaneShowsTheSelectedRecordingAndCopiesItsIds(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    RecordingRow first = table.getItems().get(0);
    robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
    assertThat(robot.lookup("#detail-callSessionId").queryAs(TextField.class).getText())
        .isEqualTo(first.recording().serviceData().callSessionId());
    assertThat(robot.lookup("#detail-locationId").queryAs(TextField.class).getText())
        .isEqualTo(first.recording().serviceData().locationId());
    assertThat(robot.lookup("#detail-id").queryAs(TextField.class).getText()).isEqualTo(first.id());
    robot.clickOn(robot.lookup("#copy-callSessionId").queryAs(Button.class));
    String[] copied = new String[1];
    robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
    assertThat(copied[0]).isEqualTo(first.recording().serviceData().callSessionId());
  }

  @Test
  void statusBarNamesTheSelectionOnlyWhenThereIsOne(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    Label status = robot.lookup("#statusText").queryAs(Label.class);
    assertThat(status.getText()).isEqualTo(bin.recordings.size() + " in the bin");
    robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
    assertThat(status.getText()).contains("· 1 selected (");
  }

  @Test
  void rowsThatLeaveFromSeveralPlacesLeaveTheRestOfTheSelectionSelected(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    List<RecordingRow> shown = List.copyOf(table.getItems());
    robot.interact(() -> table.getSelectionModel().selectIndices(0, 2, 4, 6));
    // Rows 1 and 5 leave the bin (restored by another job): two places in the view, one change.
    robot.interact(() -> vm.state().rowsLeftBin(Set.of(shown.get(1).id(), shown.get(5).id())));
    List<String> stillSelected = ids(shown.get(0), shown.get(2), shown.get(4), shown.get(6));
    assertThat(ids(table.getSelectionModel().getSelectedItems())).isEqualTo(stillSelected);
    assertThat(ids(vm.state().selection())).isEqualTo(stillSelected);
    assertThat(vm.selectedCountProperty().get()).isEqualTo(4);
  }

  @Test
  void aSearchKeepsTheSelectedRowsItStillShows(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(
        () -> {
          for (int i = 0; i < table.getItems().size(); i++) {
            if (Set.of("id-5", "id-10", "id-12").contains(table.getItems().get(i).id())) {
              table.getSelectionModel().select(i);
            }
          }
        });
    assertThat(vm.state().selection()).hasSize(3);
    // "Topic 1" hides id-5 (Topic 5): it goes out of view, and out of the selection.
    robot.interact(() -> vm.searchProperty().set("Topic 1"));
    assertThat(ids(table.getItems())).contains("id-10", "id-12").doesNotContain("id-5");
    Set<String> expected = Set.of("id-10", "id-12");
    assertThat(Set.copyOf(ids(table.getSelectionModel().getSelectedItems()))).isEqualTo(expected);
    assertThat(Set.copyOf(ids(vm.state().selection()))).isEqualTo(expected);
    // Clearing the search shows every row again; the selection stays what was in view.
    robot.interact(() -> vm.searchProperty().set(""));
    assertThat(Set.copyOf(ids(table.getSelectionModel().getSelectedItems()))).isEqualTo(expected);
  }

  // ---- helpers ----

  private static List<String> ids(RecordingRow... rows) {
    return ids(List.of(rows));
  }

  private static List<String> ids(List<RecordingRow> rows) {
    return rows.stream().map(RecordingRow::id).toList();
  }

  private List<TableCell<?, ?>> cellsOf(Set<String> columnIds) {
    List<TableCell<?, ?>> cells = new ArrayList<>();
    for (Node n : table.lookupAll(".table-cell")) {
      if (n instanceof TableCell<?, ?> cell
          && cell.isVisible()
          && cell.getTableColumn() != null
          && columnIds.contains(cell.getTableColumn().getId())
          && cell.getText() != null
          && !cell.getText().isEmpty()) {
        cells.add(cell);
      }
    }
    return cells;
  }

  private static void assertWhole(Labeled labeled) {
    assertThat(displayed(labeled)).as("shown text of " + labeled).isEqualTo(labeled.getText());
  }

  /** The text the skin draws: the label's text, or a shortened one ending in an ellipsis. */
  private static String displayed(Labeled labeled) {
    return ((Text) labeled.lookup(".text")).getText();
  }

  /** Recordings that hold the widest value of each short column, and long topics and e-mails. */
  private static List<Recording> widestRecordings() {
    List<Recording> out = new ArrayList<>();
    long[] sizes = {999_900_000L, 601_234_567L, 999_900_000_000L, 999_900L, 999L, 12_345_678L};
    long[] durations = {24 * 3600 - 1, 297, 59, 3_725, 36_000};
    for (int i = 0; i < 24; i++) {
      Instant created =
          i == 0
              ? Instant.parse("2026-12-28T20:58:00Z")
              : NOW.minus(Duration.ofHours(7L * ((i * 7) % 24)));
      String topic =
          i == 3
              ? "A very long topic that no column at 1280 pixels can show whole: quarterly review"
                  + " of the customer escalation queue with the regional leads"
              : "Topic " + i;
      out.add(
          new Recording(
              "id-" + i,
              topic,
              created,
              created,
              i % 2 == 0 ? "MP3" : "MP4",
              i % 3 == 0 ? "customerAssist" : "calling",
              durations[i % durations.length],
              sizes[i % sizes.length],
              "deleted",
              "owner-" + i,
              "queue-support-" + i + "@a-rather-long-subdomain.sandbox.example.com",
              "callQueue",
              i % 2 == 0 ? "GB" : "US",
              new Recording.ServiceData("location-" + i, "call-session-" + i)));
    }
    return out;
  }
}
