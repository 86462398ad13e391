package io.recordingrescue.app;

import static io.recordingrescue.app.AppWindowFixture.confirm;
import static io.recordingrescue.app.AppWindowFixture.jobSummary;
import static io.recordingrescue.app.AppWindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.api.RestoreCall;
import io.recordingrescue.sandbox.faults.ScriptedFault;
import io.recordingrescue.testsupport.SandboxBins;
import io.recordingrescue.ui.main.MainWindow;
import io.recordingrescue.ui.recyclebin.RecordingRow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real window on an embedded sandbox, driven by clicks and keys (headless with Monocle). Jobs
 * run on the restore engine and journal into a temp folder; save dialogs answer with a temp file.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
  @TempDir Path journalDir;
  @TempDir Path exportDir;

  @RegisterExtension final AppWindowFixture app = new AppWindowFixture(Locale.ROOT);
  private Journal journal;
  private SandboxSession session;
  private MainWindow window;
  private TableView<RecordingRow> table;

  @Start
  void start(Stage stage) {
    session =
        SandboxSession.start(
            SandboxConfig.builder().seed(7).recordCount(400).ownerCount(5).build(), true);
    journal = new Journal(journalDir, Clock.systemUTC());
    window =
        app.showMainWindow(
            stage,
            session,
            new AppWiring.RestoreSetup(
                journal,
                RestoreEngine.Options.defaults()
                    .withBackoff(
                        Duration.ofMillis(20), Duration.ofSeconds(10), Duration.ofSeconds(1)),
                (owner, title, name, extension) -> Optional.of(exportDir.resolve(name))));
    table = window.binView().table();
  }

  @Test
  void windowOpensWithTitleAndRowsFromTheSandbox(FxRobot robot) throws TimeoutException {
    waitForLoad(robot);
    Stage stage = (Stage) table.getScene().getWindow();
    assertThat(stage.getTitle()).isEqualTo("Recording Rescue");
    long deleted = SandboxBins.deleted(session.sandbox()).size();
    assertThat(table.getItems()).hasSize((int) deleted).isNotEmpty();
    assertThat(robot.lookup("#statusText").queryAs(Label.class).getText())
        .isEqualTo(deleted + " in the bin");
  }

  @Test
  void typingInTheSearchNarrowsTheRows(FxRobot robot) throws TimeoutException {
    waitForLoad(robot);
    int all = table.getItems().size();
    String owner = table.getItems().get(0).ownerEmail();
    robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
    robot.write(owner);
    waitUntil(() -> table.getItems().size() < all);
    assertThat(table.getItems()).isNotEmpty().allMatch(r -> r.matches(owner));
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    waitUntil(() -> table.getItems().size() == all);
  }

  @Test
  void multiSelectAndRestoreSendsBatchesOfAtMostHundredAndRowsLeave(FxRobot robot)
      throws TimeoutException {
    waitForLoad(robot);
    robot.clickOn(row(robot, 0));
    robot.press(KeyCode.SHIFT).clickOn(row(robot, 2)).release(KeyCode.SHIFT);
    assertThat(table.getSelectionModel().getSelectedItems()).hasSize(3);
    robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    Set<String> selected = selectedIds();
    assertThat(selected.size()).isGreaterThan(200);
    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    confirm(robot);
    waitUntil(() -> table.getItems().isEmpty());
    List<RestoreCall> log = session.sandbox().restoreLog();
    assertThat(log).hasSize((selected.size() + 99) / 100);
    assertThat(log).allSatisfy(c -> assertThat(c.recordingIds()).hasSizeLessThanOrEqualTo(100));
    assertThat(log.stream().flatMap(c -> c.recordingIds().stream()).collect(Collectors.toSet()))
        .isEqualTo(selected);
    assertThat(jobSummary(robot)).contains("Restored: " + selected.size() + " · Failed: 0");
  }

  @Test
  void restoreAllDialogValidatesPreviewsAndRestoresOneOwner(FxRobot robot) throws TimeoutException {
    waitForLoad(robot);
    String owner = table.getItems().get(0).ownerEmail();
    long ownerRows = table.getItems().stream().filter(r -> r.ownerEmail().equals(owner)).count();
    robot.interact(window::openRestoreAll);
    robot.clickOn("#ownerEmail").write("not-an-email");
    assertThat(robot.lookup("#emailValidation").queryAs(Label.class).getText())
        .contains("not a valid e-mail");
    assertThat(robot.lookup("#previewButton").queryButton().isDisabled()).isTrue();
    robot
        .doubleClickOn("#ownerEmail")
        .press(KeyCode.CONTROL, KeyCode.A)
        .release(KeyCode.A, KeyCode.CONTROL)
        .write(owner);
    assertThat(robot.lookup("#emailValidation").queryAs(Label.class).getText()).isEmpty();
    robot.clickOn("#previewButton");
    waitUntil(() -> !robot.lookup("#restoreAllButton").queryButton().isDisabled());
    assertThat(robot.lookup("#previewText").queryAs(Label.class).getText())
        .contains(owner + " has " + ownerRows + " recordings");
    robot.clickOn("#restoreAllButton");
    DialogPane confirm = robot.lookup("#confirmDialog").queryAs(DialogPane.class);
    assertThat(confirm.getHeaderText()).contains(owner);
    robot.clickOn(confirm.lookupButton(ButtonType.OK));
    waitUntil(
        () ->
            !robot
                .lookup("#restoreAllResult")
                .queryAs(Label.class)
                .getText()
                .startsWith("Restoring"));
    assertThat(robot.lookup("#restoreAllResult").queryAs(Label.class).getText())
        .startsWith(ownerRows + " of " + ownerRows + " recordings left the bin");
    List<RestoreCall> log = session.sandbox().restoreLog();
    assertThat(log)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.restoreAll()).isTrue();
              assertThat(c.ownerEmail()).isEqualTo(owner);
            });
    assertThat(session.sandbox().countDeleted(owner)).isZero();
    assertThat(table.getItems()).noneMatch(r -> r.ownerEmail().equals(owner));
  }

  @Test
  void restoreByPastedIdsListsUnknownIdsAndRestoresTheOthers(FxRobot robot)
      throws TimeoutException {
    waitForLoad(robot);
    String a = table.getItems().get(0).id();
    String b = table.getItems().get(1).id();
    robot.interact(
        () -> {
          ClipboardContent c = new ClipboardContent();
          c.putString(" " + a + "\nunknown-id-1, " + b + "\n\n" + a + "\n");
          Clipboard.getSystemClipboard().setContent(c);
          window.openRestoreByIds();
        });
    robot
        .clickOn("#pastedIds")
        .press(KeyCode.CONTROL, KeyCode.V)
        .release(KeyCode.V, KeyCode.CONTROL);
    assertThat(robot.lookup("#unknownIds").queryAs(TextArea.class).getText())
        .isEqualTo("unknown-id-1");
    assertThat(robot.lookup("#idsAnalysis").queryAs(Label.class).getText())
        .contains("3 distinct ids: 2 in the bin")
        .contains("1 duplicates dropped");
    robot.clickOn("#restoreIdsButton");
    confirm(robot);
    waitUntil(() -> table.getItems().stream().noneMatch(r -> r.id().equals(a) || r.id().equals(b)));
    assertThat(session.sandbox().restoreLog())
        .singleElement()
        .satisfies(c -> assertThat(c.recordingIds()).containsExactly(a, b));
  }

  @Test
  void cancelMidJobStopsBeforeTheNextBatchAndSaysWhatWasNotSent(FxRobot robot)
      throws TimeoutException {
    waitForLoad(robot);
    int before = table.getItems().size();
    // The first batch is told to wait 5 s (429): cancel while it waits, so it is never sent again.
    session
        .sandbox()
        .scriptNext("POST", "/convergedRecordings/restore", ScriptedFault.tooManyRequests(5));
    robot.clickOn(row(robot, 0));
    robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    confirm(robot);
    waitUntil(() -> session.sandbox().injectedFaults().containsKey("TOO_MANY_REQUESTS"));
    // The running job has one progress display: the jobs panel's bar, not also a task list.
    assertThat(robot.lookup(".progress-bar").queryAll().stream().filter(n -> n.isVisible()))
        .extracting(n -> n.getId())
        .containsExactly("jobProgress");
    assertThat(robot.lookup(".task-progress-view").queryAll()).isEmpty();
    robot.clickOn("#cancelJob");
    waitUntil(() -> jobSummary(robot).contains("Not sent (cancelled)"));
    int sent =
        session.sandbox().restoreLog().stream()
            .filter(c -> c.status() == 204)
            .mapToInt(c -> c.recordingIds().size())
            .sum();
    assertThat(sent).isLessThan(before);
    assertThat(jobSummary(robot)).contains("Not sent (cancelled): " + (before - sent));
    assertThat(table.getItems()).hasSize(before - sent);
    // The engine kept its place: the resume button is offered and the journal lists the job.
    assertThat(robot.lookup("#resumeJob").queryButton().isVisible()).isTrue();
    assertThat(journal.unfinished()).hasSize(1);
  }

  @Test
  void aFailedRestoreShowsItsTrackingId(FxRobot robot) throws TimeoutException {
    waitForLoad(robot);
    // A 5xx is retried and verified by the engine; a 403 stays a failure, with its trackingId.
    session.sandbox().addContext("/v1/convergedRecordings/restore", MainWindowFxTest::refuse);
    String id = table.getItems().get(0).id();
    robot.clickOn(row(robot, 0));
    robot.clickOn("#restoreButton");
    confirm(robot);
    waitUntil(() -> jobSummary(robot).contains("Failed: 1"));
    assertThat(jobSummary(robot))
        .containsPattern(id + ": HTTP 403 .*\\(trackingId ROUTER_TEST_403\\)");
    assertThat(table.getItems()).anyMatch(r -> r.id().equals(id));
  }

  @Test
  void historyListsTheJobWithCountsAndExportsItsAuditCsv(FxRobot robot) throws Exception {
    waitForLoad(robot);
    robot.clickOn(row(robot, 0));
    robot.press(KeyCode.SHIFT).clickOn(row(robot, 2)).release(KeyCode.SHIFT);
    Set<String> selected = selectedIds();
    robot.clickOn("#restoreButton");
    confirm(robot);
    waitUntil(() -> jobSummary(robot).contains("Restored: 3"));

    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H)
        .release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
    waitUntil(() -> robot.lookup("#historyTable").tryQuery().isPresent());
    @SuppressWarnings("unchecked")
    TableView<io.recordingrescue.ui.history.HistoryRow> history =
        robot.lookup("#historyTable").queryAs(TableView.class);
    waitUntil(() -> history.getItems().size() == 1);
    io.recordingrescue.ui.history.HistoryRow job = history.getItems().get(0);
    assertThat(job.state()).isEqualTo(io.recordingrescue.restore.JobState.COMPLETED);
    assertThat(job.total()).isEqualTo(3);
    assertThat(job.restored()).isEqualTo(3);
    assertThat(job.failed()).isZero();
    assertThat(job.operator()).isEqualTo(session.me().primaryEmail());

    robot.clickOn(
        robot.lookup("#historyTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
    robot.clickOn("#historyOpen");
    @SuppressWarnings("unchecked")
    TableView<io.recordingrescue.restore.IdOutcome> outcomes =
        robot.lookup("#historyOutcomes").queryAs(TableView.class);
    waitUntil(() -> outcomes.getItems().size() == 3);

    robot.clickOn("#historyExportCsv");
    Path csv = exportDir.resolve("recording-rescue-" + job.jobId() + ".csv");
    waitUntil(() -> Files.exists(csv));
    List<List<String>> records = parseCsv(Files.readString(csv));
    List<String> header = records.get(0);
    assertThat(header).startsWith("jobId", "operator", "startedAt", "finishedAt", "jobState");
    List<List<String>> rows = records.subList(1, records.size());
    assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r).hasSameSizeAs(header));
    assertThat(rows).allSatisfy(r -> assertThat(r.get(0)).isEqualTo(job.jobId()));
    assertThat(rows)
        .allSatisfy(r -> assertThat(r.get(header.indexOf("jobState"))).isEqualTo("COMPLETED"));
    assertThat(rows)
        .allSatisfy(r -> assertThat(r.get(header.indexOf("finalState"))).isEqualTo("RESTORED"));
    assertThat(rows.stream().map(r -> r.get(header.indexOf("recordingId"))))
        .containsExactlyInAnyOrderElementsOf(selected);
    assertThat(rows)
        .allSatisfy(
            r ->
                assertThat(r.get(header.indexOf("topic")))
                    .isEqualTo(
                        session
                            .sandbox()
                            .find(r.get(header.indexOf("recordingId")))
                            .orElseThrow()
                            .topic()));
  }

  /** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
  private static List<List<String>> parseCsv(String text) {
    List<List<String>> records = new java.util.ArrayList<>();
    List<String> record = new java.util.ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new java.util.ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }

  /** Answers a restore like Webex refusing it: 403 with a trackingId in header and body. */
  private static void refuse(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    byte[] body =
        ("{\"message\":\"Not allowed for this recording.\",\"errors\":[{\"description\":"
                + "\"Not allowed for this recording.\"}],\"trackingId\":\"ROUTER_TEST_403\"}")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("TrackingID", "ROUTER_TEST_403");
    exchange.sendResponseHeaders(403, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Test
  void severalOwnersDialogPreviewsUntickedOwnersRunsTheIncidentAndExportsItsAudit(FxRobot robot)
      throws Exception {
    waitForLoad(robot);
    javafx.scene.control.MenuBar bar =
        robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
    assertThat(bar.getMenus().stream().flatMap(mm -> mm.getItems().stream()))
        .anyMatch(item -> "menuRestoreIncident".equals(item.getId()));
    List<String> owners =
        session.sandbox().dataSet().owners().stream()
            .map(o -> o.email())
            .filter(o -> session.sandbox().countDeleted(o) > 0)
            .limit(3)
            .toList();
    assertThat(owners).hasSize(3);
    robot.interact(window::openIncident);
    robot.interact(
        () ->
            robot
                .lookup("#incidentOwners")
                .queryAs(TextArea.class)
                .setText(String.join("\n", owners) + "\nnot-an-address"));
    robot.clickOn("#incidentPreview");
    @SuppressWarnings("unchecked")
    TableView<io.recordingrescue.ui.incident.OwnerRow> owned =
        robot.lookup("#incidentTable").queryAs(TableView.class);
    waitUntil(() -> owned.getItems().size() == 3);
    assertThat(robot.lookup("#incidentInputProblem").queryAs(Label.class).getText())
        .contains("not-an-address");
    // The third owner is unticked: it stays in the bin.
    robot.interact(() -> owned.getItems().get(2).selectedProperty().set(false));
    long expected =
        session.sandbox().countDeleted(owners.get(0))
            + session.sandbox().countDeleted(owners.get(1));
    assertThat(robot.lookup("#incidentTotals").queryAs(Label.class).getText())
        .startsWith("2 owner(s) ticked: " + expected + " recording(s)");
    robot.clickOn("#incidentConfirm");
    confirm(robot);
    waitUntil(
        () ->
            robot
                .lookup("#incidentResult")
                .queryAs(Label.class)
                .getText()
                .contains("owner(s) done"));
    assertThat(robot.lookup("#incidentProgressText").queryAs(Label.class).getText())
        .isEqualTo("Owners 2 of 2 done, " + expected + " recording(s) restored so far");
    assertThat(session.sandbox().countDeleted(owners.get(0))).isZero();
    assertThat(session.sandbox().countDeleted(owners.get(1))).isZero();
    assertThat(session.sandbox().countDeleted(owners.get(2))).isPositive();
    assertThat(session.sandbox().restoreLog())
        .extracting(RestoreCall::ownerEmail)
        .containsExactlyInAnyOrder(owners.get(0), owners.get(1));
    robot.clickOn("#incidentExportCsv");
    waitUntil(
        () -> {
          try (var files = java.nio.file.Files.list(exportDir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".csv"));
          } catch (IOException e) {
            return false;
          }
        });
    Path csv;
    try (var files = java.nio.file.Files.list(exportDir)) {
      csv =
          files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
    }
    assertThat(java.nio.file.Files.readString(csv))
        .contains(owners.get(0) + ",RESTORED")
        .contains(owners.get(2) + ",NOT_SELECTED")
        .contains("not-an-address,MALFORMED");
  }

  // ---- helpers ----

  private static javafx.scene.Node row(FxRobot robot, int index) {
    return robot.lookup(".table-row-cell").nth(index).query();
  }

  private void waitForLoad(FxRobot robot) throws TimeoutException {
    waitUntil(
        () -> !robot.lookup("#loadProgress").query().isVisible() && !table.getItems().isEmpty());
  }

  private Set<String> selectedIds() {
    return table.getSelectionModel().getSelectedItems().stream()
        .map(RecordingRow::id)
        .collect(Collectors.toSet());
  }
}
