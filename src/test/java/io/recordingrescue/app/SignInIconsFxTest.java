package io.recordingrescue.app;

import static io.recordingrescue.app.AppWindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sign-in screen's icons and scroll pane come after the first frame (Ikonli's resolver and font
 * and the scroll pane's skin are not worth the window's wait), and every one of them still comes:
 * on the first screen once the first pulse is done, on a sign-in screen shown later at once.
 */
@ExtendWith(ApplicationExtension.class)
class SignInIconsFxTest {
  /** The first screen on Webex: each control's icon. */
  private static final Map<String, String> WEBEX_ICONS = new LinkedHashMap<>();

  static {
    WEBEX_ICONS.put("#signInError", "mdi2a-alert-circle-outline");
    WEBEX_ICONS.put("#signInWithWebex", "mdi2o-open-in-new");
    WEBEX_ICONS.put("#useToken", "mdi2k-key-outline");
    WEBEX_ICONS.put("#trySampleData", "mdi2f-flask-outline");
    WEBEX_ICONS.put("#openSettings", "mdi2c-cog-outline");
  }

  @TempDir static Path dir;

  @RegisterExtension final AppWindowFixture app = new AppWindowFixture(Locale.ROOT);
  private final Map<String, Node> graphicsAtShow = new LinkedHashMap<>();
  private boolean scrollPaneAtShow;

  @Start
  void start(Stage stage) {
    app.startFirstRunOnWebex(stage, dir);
    // Still in the event that showed the window: no pulse has run yet.
    Parent root = stage.getScene().getRoot();
    WEBEX_ICONS.keySet().forEach(id -> graphicsAtShow.put(id, labeled(root, id).getGraphic()));
    scrollPaneAtShow = root.lookup(".scroll-pane") != null;
  }

  @Test
  void theFirstScreenShowsWithoutIconsAndGetsEveryOneAfterTheFirstPulse(FxRobot robot)
      throws TimeoutException {
    assertThat(scrollPaneAtShow).isFalse();
    assertThat(graphicsAtShow)
        .hasSize(WEBEX_ICONS.size())
        .allSatisfy((id, g) -> assertThat(g).isNull());

    waitUntil(() -> WEBEX_ICONS.keySet().stream().allMatch(id -> graphic(robot, id) != null));

    WEBEX_ICONS.forEach(
        (id, icon) ->
            assertThat(graphic(robot, id))
                .as(id)
                .isInstanceOfSatisfying(
                    FontIcon.class, f -> assertThat(f.getIconLiteral()).isEqualTo(icon)));
    ScrollPane scroll = robot.lookup("#signInScreen .scroll-pane").queryAs(ScrollPane.class);
    assertThat(robot.from(scroll.getContent()).lookup("#signInCard").tryQuery()).isPresent();
  }

  @Test
  void inAWindowTooSmallForTheCardTheScreenScrolls(FxRobot robot) throws TimeoutException {
    waitUntil(() -> robot.lookup("#signInScreen .scroll-pane").tryQuery().isPresent());
    Stage stage = (Stage) robot.lookup("#signInScreen").query().getScene().getWindow();
    WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.setHeight(240));
    WaitForAsyncUtils.waitForFxEvents();
    ScrollPane scroll = robot.lookup("#signInScreen .scroll-pane").queryAs(ScrollPane.class);
    Node card = robot.lookup("#signInCard").query();
    assertThat(card.getBoundsInParent().getHeight())
        .isGreaterThan(scroll.getViewportBounds().getHeight());
    WaitForAsyncUtils.waitForAsyncFx(5000, () -> scroll.setVvalue(scroll.getVmax()));
    WaitForAsyncUtils.waitForFxEvents();
    Node settings = robot.lookup("#openSettings").query();
    Bounds inViewport = scroll.sceneToLocal(settings.localToScene(settings.getBoundsInLocal()));
    assertThat(inViewport.getMaxY()).isLessThanOrEqualTo(scroll.getHeight() + 0.5);
  }

  @Test
  void aSignInScreenShownLaterHasItsIconsAtOnce(FxRobot robot) throws TimeoutException {
    waitUntil(() -> !robot.lookup("#openSettings").queryButton().isDisabled());
    robot.clickOn("#trySampleData");
    waitUntil(() -> robot.lookup("#sandboxPanel").tryQuery().isPresent());

    Labeled sandboxTitle =
        robot.lookup("#sandboxPanel .label").queryAllAs(Labeled.class).stream()
            .filter(l -> l.getGraphic() != null)
            .findFirst()
            .orElseThrow();
    assertThat(((FontIcon) sandboxTitle.getGraphic()).getIconLiteral())
        .isEqualTo("mdi2f-flask-outline");
    assertThat(graphic(robot, "#signInWithWebex")).isInstanceOf(FontIcon.class);
    assertThat(graphic(robot, "#openSettings")).isInstanceOf(FontIcon.class);
  }

  private static Node graphic(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Labeled.class).getGraphic();
  }

  private static Labeled labeled(Parent root, String id) {
    Node node = root.lookup(id);
    assertThat(node).as(id).isInstanceOf(Labeled.class);
    return (Labeled) node;
  }
}
