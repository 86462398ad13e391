package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.ui.PseudoLocaleAudit;
import io.recordingrescue.ui.main.MainWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ButtonBar;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screens a pseudo-locale test walks through, each audited by {@link PseudoLocaleAudit} once it
 * has settled; the problems of all of them are reported together at the end.
 */
final class AuditedScreens {
  private final PseudoLocaleAudit audit;
  private final List<String> screens = new ArrayList<>();

  /**
   * @param dataIds ids of nodes whose text is data, not wording
   */
  AuditedScreens(Set<String> dataIds) {
    this.audit = new PseudoLocaleAudit(dataIds, Set.of(MainWindow.TITLE));
  }

  /** Audits every showing window once the FX events have run; {@code screen} names them. */
  void check(String screen) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.asyncFx(() -> audit.auditShowingWindows(screen)).get();
    screens.add(screen);
  }

  /** Waits for the node {@code id} (a dialog, a window's root) to show, then checks the screen. */
  void checkOnceShown(FxRobot robot, String id, String screen) throws Exception {
    AppWindowFixture.waitUntil(() -> robot.lookup(id).tryQuery().isPresent());
    check(screen);
  }

  /** Checks the dialog {@code pane} once it shows, then closes it with its button of that kind. */
  void checkDialog(FxRobot robot, String pane, String screen, ButtonBar.ButtonData close)
      throws Exception {
    checkOnceShown(robot, pane, screen);
    AppWindowFixture.answerDialog(robot, pane, close);
  }

  /** Opens Settings from the sign-in screen, checks it and cancels it. */
  void checkSettingsFromSignIn(FxRobot robot, String screen) throws Exception {
    robot.clickOn("#openSettings");
    checkDialog(robot, "#settingsDialog", screen, ButtonBar.ButtonData.CANCEL_CLOSE);
  }

  /** The test reached all {@code expected} screens, and none of them had a problem. */
  void assertNoProblems(int expected) {
    assertThat(screens).hasSize(expected);
    assertThat(audit.problems())
        .as("problems on the screens:%n%s", String.join("\n", audit.problems()))
        .isEmpty();
  }
}
