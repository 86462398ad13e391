package io.recordingrescue.ui.recyclebin;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.recordingrescue.testsupport.LogCapture;
import io.recordingrescue.ui.Messages;
import java.util.List;
import java.util.logging.Level;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.controlsfx.control.textfield.TextFields;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The search box (ControlsFX's clearable field, as {@link SearchField} makes it) looks like every
 * other text field of the AtlantaFX theme, focused or not, and its stylesheet no longer makes
 * JavaFX log a value it cannot convert.
 */
@ExtendWith(ApplicationExtension.class)
class SearchFieldStyleFxTest {
  private LogCapture cssLog;

  private TextField search;
  private TextField plain;
  private Button elsewhere;
  private Scene scene;

  @Start
  void start(Stage stage) {
    cssLog = new LogCapture("javafx.css", Level.INFO);
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    search = TextFields.createClearableTextField();
    plain = new TextField();
    elsewhere = new Button("Elsewhere");
    scene = new Scene(new VBox(8, plain, search, elsewhere), 600, 200);
    scene.getStylesheets().add(Messages.class.getResource("app.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stopCollecting() {
    cssLog.close();
  }

  @Test
  void theSearchBoxIsPaintedAsTheThemesTextFieldsAreWithoutCssWarnings(FxRobot robot) {
    Looks light = looks(robot);
    assertThat(light.searchUnfocused())
        .hasSize(2)
        .isEqualTo(light.plainUnfocused()); // border, fill
    assertThat(light.searchFocused()).hasSize(2).isEqualTo(light.plainFocused());
    assertThat(light.searchFocused()).isNotEqualTo(light.searchUnfocused());

    robot.interact(
        () -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
    Looks dark = looks(robot);
    assertThat(dark.searchUnfocused()).isEqualTo(dark.plainUnfocused());
    assertThat(dark.searchFocused()).isEqualTo(dark.plainFocused());
    assertThat(dark.searchUnfocused()).isNotEqualTo(light.searchUnfocused());

    assertThat(cssLog.text()).isEmpty();
  }

  private record Looks(
      List<Paint> searchUnfocused,
      List<Paint> plainUnfocused,
      List<Paint> searchFocused,
      List<Paint> plainFocused) {}

  /** Each field's fills with the focus elsewhere, then each with the focus. */
  private Looks looks(FxRobot robot) {
    focus(robot, elsewhere);
    List<Paint> searchUnfocused = fills(search);
    List<Paint> plainUnfocused = fills(plain);
    focus(robot, search);
    List<Paint> searchFocused = fills(search);
    focus(robot, plain);
    return new Looks(searchUnfocused, plainUnfocused, searchFocused, fills(plain));
  }

  private static void focus(FxRobot robot, Node node) {
    robot.interact(node::requestFocus);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(node.isFocused()).as("%s has the focus", node).isTrue();
  }

  private static List<Paint> fills(TextField field) {
    Background background = field.getBackground();
    return background == null
        ? List.of()
        : background.getFills().stream().map(BackgroundFill::getFill).toList();
  }
}
