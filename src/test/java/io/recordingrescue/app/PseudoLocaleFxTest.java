package io.recordingrescue.app;

import static io.recordingrescue.app.AppWindowFixture.answerDialog;
import static io.recordingrescue.app.AppWindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.ui.messages_en_XA;
import io.recordingrescue.ui.recyclebin.RecordingRow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen at 1280×800 in the pseudo-locale ({@link messages_en_XA}: marked, a third longer):
 * fails on any visible text that did not come from the bundle and on any label cut off with an
 * ellipsis, naming the screen, the node and the text.
 */
@ExtendWith(ApplicationExtension.class)
class PseudoLocaleFxTest {
  /** Text that is data, not wording: typed or pasted by the operator. */
  private static final Set<String> DATA =
      Set.of("ownerEmail", "pastedIds", "unknownIds", "incidentOwners", "detail-*");

  @TempDir Path journalDir;
  @TempDir Path exportDir;

  @RegisterExtension final AppWindowFixture app = AppWindowFixture.pseudoLocale();
  private final AuditedScreens screens = new AuditedScreens(DATA);
  private Stage stage;
  private AppFlow flow;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    SignInServices services =
        AppWindowFixture.sandboxServices(
            SandboxConfig.builder().seed(5).recordCount(150).ownerCount(4).build(),
            journalDir.resolve(UUID.randomUUID() + "/tokens.json"),
            new ConsentBrowser(),
            app.messages());
    flow =
        app.startApp(
            stage,
            RunServices.fixed(services),
            new AppWiring.RestoreSetup(
                new Journal(journalDir.resolve("journal"), Clock.systemUTC()),
                RestoreEngine.Options.defaults(),
                (owner, title, name, extension) -> Optional.of(exportDir.resolve(name))));
  }

  @Test
  void everyScreenShowsOnlyBundleTextAndNothingIsCutOff(FxRobot robot) throws Exception {
    assertThat(stage.getWidth()).isEqualTo(1280);
    assertThat(stage.getHeight()).isEqualTo(800);

    waitUntil(() -> !robot.lookup("#signInWithWebex").queryButton().isDisabled());
    screens.check("sign-in");

    screens.checkSettingsFromSignIn(robot, "settings (from sign-in)");

    robot.clickOn("#sandboxAdmin");
    waitUntil(() -> flow.mainWindow() != null);
    TableView<RecordingRow> table = flow.mainWindow().binView().table();
    waitUntil(
        () -> !robot.lookup("#loadProgress").query().isVisible() && !table.getItems().isEmpty());
    screens.check("main window with rows");

    robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
    screens.check("main window, one row selected");

    // Restore with nothing selected: the error dialog.
    robot.interact(() -> table.getSelectionModel().clearSelection());
    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    screens.checkDialog(
        robot, "#errorDialog", "error dialog (nothing selected)", ButtonBar.ButtonData.OK_DONE);

    // Restore selected: confirmation, then the job's summary in the jobs panel.
    robot.clickOn(robot.lookup(".table-row-cell").nth(1).queryAs(Node.class));
    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    screens.checkDialog(
        robot, "#confirmDialog", "restore confirmation", ButtonBar.ButtonData.OK_DONE);
    waitUntil(() -> robot.lookup("#jobSummary").tryQuery().map(Node::isVisible).orElse(false));
    screens.check("jobs panel with a summary");

    // Restore all for one owner: the dialog, its preview, its confirmation and its result.
    String owner = table.getItems().get(0).ownerEmail();
    robot.interact(() -> flow.mainWindow().openRestoreAll());
    screens.checkOnceShown(robot, "#restoreAllDialog", "restore-all dialog");
    robot.clickOn("#ownerEmail").write(owner);
    robot.clickOn("#previewButton");
    waitUntil(() -> !robot.lookup("#restoreAllButton").queryButton().isDisabled());
    screens.check("restore-all preview");
    robot.clickOn("#restoreAllButton");
    screens.checkDialog(
        robot, "#confirmDialog", "restore-all confirmation", ButtonBar.ButtonData.OK_DONE);
    waitUntil(() -> table.getItems().stream().noneMatch(r -> r.ownerEmail().equals(owner)));
    WaitForAsyncUtils.waitForFxEvents();
    screens.check("restore-all result");
    answerDialog(robot, "#restoreAllDialog", ButtonBar.ButtonData.CANCEL_CLOSE);

    // Restore by ids: some found, one unknown.
    String id = table.getItems().get(0).id();
    robot.interact(() -> flow.mainWindow().openRestoreByIds());
    screens.checkOnceShown(robot, "#restoreByIdsDialog", "restore-by-ids dialog");
    robot.clickOn("#pastedIds").write(id + "\nno-such-id\n" + id);
    WaitForAsyncUtils.waitForFxEvents();
    screens.check("restore-by-ids with ids pasted");
    answerDialog(robot, "#restoreByIdsDialog", ButtonBar.ButtonData.CANCEL_CLOSE);

    // Restore all for several owners: the dialog, its preview table, the confirmation, the result.
    List<String> owners =
        table.getItems().stream().map(RecordingRow::ownerEmail).distinct().limit(2).toList();
    robot.interact(() -> flow.mainWindow().openIncident());
    screens.checkOnceShown(robot, "#incidentDialog", "several-owners dialog");
    robot.clickOn("#incidentOwners").write(String.join("\n", owners) + "\nnot-an-address");
    robot.clickOn("#incidentPreview");
    waitUntil(() -> !robot.lookup("#incidentConfirm").queryButton().isDisabled());
    screens.check("several-owners preview");
    robot.clickOn("#incidentConfirm");
    screens.checkDialog(
        robot, "#confirmDialog", "several-owners confirmation", ButtonBar.ButtonData.OK_DONE);
    waitUntil(() -> !robot.lookup("#incidentExportCsv").queryButton().isDisabled());
    screens.check("several-owners result");
    answerDialog(robot, "#incidentDialog", ButtonBar.ButtonData.CANCEL_CLOSE);

    // The job history and one job's outcomes.
    robot.interact(() -> flow.mainWindow().openHistory());
    waitUntil(() -> !robot.lookup("#historyTable").queryAs(TableView.class).getItems().isEmpty());
    screens.check("history");
    robot.clickOn(robot.lookup("#historyTable .table-row-cell").nth(0).queryAs(Node.class));
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    waitUntil(
        () -> !robot.lookup("#historyOutcomes").queryAs(TableView.class).getItems().isEmpty());
    screens.check("history with a job's outcomes");
    Window history = robot.lookup("#historyTable").query().getScene().getWindow();
    robot.interact(history::hide);

    // Settings from the main window's File menu.
    MenuItem settings =
        flow.mainWindow().binView().table().getScene().getRoot().lookupAll("#menuBar").stream()
            .map(n -> (javafx.scene.control.MenuBar) n)
            .flatMap(b -> b.getMenus().stream())
            .flatMap(m -> m.getItems().stream())
            .filter(i -> "menuSettings".equals(i.getId()))
            .findFirst()
            .orElseThrow();
    Platform.runLater(settings::fire);
    screens.checkDialog(
        robot,
        "#settingsDialog",
        "settings (from the main window)",
        ButtonBar.ButtonData.CANCEL_CLOSE);

    screens.assertNoProblems(20);
  }
}
