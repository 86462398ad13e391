package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.testsupport.MemoryPreferences;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.PseudoLocaleAudit;
import io.recordingrescue.ui.main.MainWindow;
import io.recordingrescue.ui.messages_en_XA;
import io.recordingrescue.ui.recyclebin.FirstSeenLedger;
import io.recordingrescue.ui.recyclebin.RecordingRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
  private SignInServices services;
  private ExecutorService executor;
  private Stage stage;
  private AppFlow flow;
  private final PseudoLocaleAudit audit = new PseudoLocaleAudit(DATA, Set.of(MainWindow.TITLE));
  private final List<String> screens = new ArrayList<>();

  @Start
  void start(Stage stage) {
    this.stage = stage;
    // The real theme: its fonts and paddings decide what fits.
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    services =
        SignInServices.sandbox(
            SandboxConfig.builder().seed(5).recordCount(150).ownerCount(4).build(),
            journalDirFile("tokens.json"),
            new ConsentBrowser(),
            Duration.ofSeconds(30),
            Messages.load(messages_en_XA.LOCALE));
    executor = Executors.newFixedThreadPool(3);
    flow =
        new AppFlow(
            stage,
            services,
            new AppWiring.Environment(
                executor,
                Clock.systemUTC(),
                ZoneOffset.UTC,
                messages_en_XA.LOCALE,
                new MemoryPreferences(),
                FirstSeenLedger.inMemory()));
    flow.useRestoreSetup(
        new AppWiring.RestoreSetup(
            new Journal(journalDir.resolve("journal"), Clock.systemUTC()),
            RestoreEngine.Options.defaults(),
            (owner, title, name, extension) -> Optional.of(exportDir.resolve(name))));
    flow.start();
    stage.requestFocus();
  }

  private Path journalDirFile(String name) {
    return journalDir.resolve(UUID.randomUUID() + "/" + name);
  }

  @AfterEach
  void tearDown() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide))
        .get();
    WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(null)).get();
    executor.shutdownNow();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    services.close();
  }

  @Test
  void everyScreenShowsOnlyBundleTextAndNothingIsCutOff(FxRobot robot) throws Exception {
    assertThat(stage.getWidth()).isEqualTo(1280);
    assertThat(stage.getHeight()).isEqualTo(800);

    waitUntil(() -> !robot.lookup("#signInWithWebex").queryButton().isDisabled());
    check(robot, "sign-in");

    robot.clickOn("#openSettings");
    waitUntil(() -> robot.lookup("#settingsDialog").tryQuery().isPresent());
    check(robot, "settings (from sign-in)");
    close(robot, "#settingsDialog", ButtonBar.ButtonData.CANCEL_CLOSE);

    robot.clickOn("#sandboxAdmin");
    waitUntil(() -> flow.mainWindow() != null);
    TableView<RecordingRow> table = flow.mainWindow().binView().table();
    waitUntil(
        () -> !robot.lookup("#loadProgress").query().isVisible() && !table.getItems().isEmpty());
    check(robot, "main window with rows");

    robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
    check(robot, "main window, one row selected");

    // Restore with nothing selected: the error dialog.
    robot.interact(() -> table.getSelectionModel().clearSelection());
    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    waitUntil(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
    check(robot, "error dialog (nothing selected)");
    close(robot, "#errorDialog", ButtonBar.ButtonData.OK_DONE);

    // Restore selected: confirmation, then the job's summary in the jobs panel.
    robot.clickOn(robot.lookup(".table-row-cell").nth(1).queryAs(Node.class));
    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    waitUntil(() -> robot.lookup("#confirmDialog").tryQuery().isPresent());
    check(robot, "restore confirmation");
    close(robot, "#confirmDialog", ButtonBar.ButtonData.OK_DONE);
    waitUntil(() -> robot.lookup("#jobSummary").tryQuery().map(Node::isVisible).orElse(false));
    check(robot, "jobs panel with a summary");

    // Restore all for one owner: the dialog, its preview, its confirmation and its result.
    String owner = table.getItems().get(0).ownerEmail();
    robot.interact(() -> flow.mainWindow().openRestoreAll());
    waitUntil(() -> robot.lookup("#restoreAllDialog").tryQuery().isPresent());
    check(robot, "restore-all dialog");
    robot.clickOn("#ownerEmail").write(owner);
    robot.clickOn("#previewButton");
    waitUntil(() -> !robot.lookup("#restoreAllButton").queryButton().isDisabled());
    check(robot, "restore-all preview");
    robot.clickOn("#restoreAllButton");
    waitUntil(() -> robot.lookup("#confirmDialog").tryQuery().isPresent());
    check(robot, "restore-all confirmation");
    close(robot, "#confirmDialog", ButtonBar.ButtonData.OK_DONE);
    waitUntil(() -> table.getItems().stream().noneMatch(r -> r.ownerEmail().equals(owner)));
    WaitForAsyncUtils.waitForFxEvents();
    check(robot, "restore-all result");
    close(robot, "#restoreAllDialog", ButtonBar.ButtonData.CANCEL_CLOSE);

    // Restore by ids: some found, one unknown.
    String id = table.getItems().get(0).id();
    robot.interact(() -> flow.mainWindow().openRestoreByIds());
    waitUntil(() -> robot.lookup("#restoreByIdsDialog").tryQuery().isPresent());
    check(robot, "restore-by-ids dialog");
    robot.clickOn("#pastedIds").write(id + "\nno-such-id\n" + id);
    WaitForAsyncUtils.waitForFxEvents();
    check(robot, "restore-by-ids with ids pasted");
    close(robot, "#restoreByIdsDialog", ButtonBar.ButtonData.CANCEL_CLOSE);

    // Restore all for several owners: the dialog, its preview table, the confirmation, the result.
    List<String> owners =
        table.getItems().stream().map(RecordingRow::ownerEmail).distinct().limit(2).toList();
    robot.interact(() -> flow.mainWindow().openIncident());
    waitUntil(() -> robot.lookup("#incidentDialog").tryQuery().isPresent());
    check(robot, "several-owners dialog");
    robot.clickOn("#incidentOwners").write(String.join("\n", owners) + "\nnot-an-address");
    robot.clickOn("#incidentPreview");
    waitUntil(() -> !robot.lookup("#incidentConfirm").queryButton().isDisabled());
    check(robot, "several-owners preview");
    robot.clickOn("#incidentConfirm");
    waitUntil(() -> robot.lookup("#confirmDialog").tryQuery().isPresent());
    check(robot, "several-owners confirmation");
    close(robot, "#confirmDialog", ButtonBar.ButtonData.OK_DONE);
    waitUntil(() -> !robot.lookup("#incidentExportCsv").queryButton().isDisabled());
    check(robot, "several-owners result");
    close(robot, "#incidentDialog", ButtonBar.ButtonData.CANCEL_CLOSE);

    // The job history and one job's outcomes.
    robot.interact(() -> flow.mainWindow().openHistory());
    waitUntil(() -> !robot.lookup("#historyTable").queryAs(TableView.class).getItems().isEmpty());
    check(robot, "history");
    robot.clickOn(robot.lookup("#historyTable .table-row-cell").nth(0).queryAs(Node.class));
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    waitUntil(
        () -> !robot.lookup("#historyOutcomes").queryAs(TableView.class).getItems().isEmpty());
    check(robot, "history with a job's outcomes");
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
    waitUntil(() -> robot.lookup("#settingsDialog").tryQuery().isPresent());
    check(robot, "settings (from the main window)");
    close(robot, "#settingsDialog", ButtonBar.ButtonData.CANCEL_CLOSE);

    assertThat(screens).hasSize(20);
    assertThat(audit.problems())
        .as("problems on the screens:%n%s", String.join("\n", audit.problems()))
        .isEmpty();
  }

  private void check(FxRobot robot, String screen) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.asyncFx(() -> audit.auditShowingWindows(screen)).get();
    screens.add(screen);
  }

  /** Presses the dialog's button of that kind. */
  private static void close(FxRobot robot, String pane, ButtonBar.ButtonData kind)
      throws TimeoutException {
    DialogPane dialog = robot.lookup(pane).queryAs(DialogPane.class);
    ButtonType type =
        dialog.getButtonTypes().stream()
            .filter(t -> t.getButtonData() == kind)
            .findFirst()
            .orElseThrow(() -> new AssertionError(pane + " has no " + kind + " button"));
    robot.clickOn((Button) dialog.lookupButton(type));
    waitUntil(() -> robot.lookup(pane).tryQuery().isEmpty());
  }

  private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
  }
}
