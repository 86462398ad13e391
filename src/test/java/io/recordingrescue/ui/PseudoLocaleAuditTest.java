package io.recordingrescue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The audit itself: it must catch what it is there to catch, and pass what is right. */
@ExtendWith(ApplicationExtension.class)
class PseudoLocaleAuditTest {
  private Stage stage;
  private final Messages pseudo = Messages.load(messages_en_XA.LOCALE);

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void thePseudoBundleMarksAndLengthensEveryString() {
    assertThat(pseudo.get("col.size")).startsWith("[!!Size").endsWith("!!]");
    String topic = pseudo.get("col.topic");
    assertThat(topic.length()).isGreaterThan("Topic".length() + 6);
    assertThat(pseudo.format("status.shown", 3))
        .isEqualTo(messages_en_XA.mark("{0} shown").replace("{0}", "3"));
    assertThat(pseudo.bundle().keySet()).isEqualTo(Messages.load(Locale.ROOT).bundle().keySet());
  }

  @Test
  void flagsHardCodedTextAndCutOffLabelsAndPassesBundleText(FxRobot robot) throws Exception {
    Label fromBundle = new Label(pseudo.get("col.size"));
    Label hardCoded = new Label("Hard-coded");
    hardCoded.setId("hard");
    Button withTip = new Button(pseudo.get("toolbar.refresh"));
    withTip.setTooltip(new Tooltip("Plain tip"));
    TextField prompt = new TextField();
    prompt.setPromptText("type here");
    TextField data = new TextField("someone@example.com");
    Label narrow = new Label(pseudo.get("col.daysLeft.tip"));
    narrow.setId("narrow");
    narrow.setMaxWidth(80);
    Label email = new Label("someone@example.com");
    email.setId("email");
    WaitForAsyncUtils.asyncFx(
            () -> {
              stage.setScene(
                  new Scene(
                      new VBox(fromBundle, hardCoded, withTip, prompt, data, narrow, email),
                      400,
                      300));
              stage.setTitle("Plain title");
              stage.show();
            })
        .get();
    PseudoLocaleAudit audit = new PseudoLocaleAudit(Set.of("email"), Set.of());
    List<String> found = WaitForAsyncUtils.asyncFx(() -> audit.audit("test", stage)).get();
    assertThat(found)
        .anyMatch(p -> p.contains("window title") && p.contains("Plain title"))
        .anyMatch(p -> p.contains("Label#hard") && p.contains("Hard-coded"))
        .anyMatch(p -> p.contains("tooltip") && p.contains("Plain tip"))
        .anyMatch(p -> p.contains("prompt") && p.contains("type here"))
        .anyMatch(p -> p.contains("cut off") && p.contains("Label#narrow"))
        .noneMatch(p -> p.contains("someone@example.com"))
        .noneMatch(p -> p.contains("[!!Size"))
        .hasSize(5);
    WaitForAsyncUtils.asyncFx(stage::hide).get();
  }

  @Test
  void flagsAToolBarThatHidesItems() throws Exception {
    ToolBar bar = new ToolBar();
    bar.setId("bar");
    for (int i = 0; i < 12; i++) {
      bar.getItems().add(new Button(pseudo.get("toolbar.refresh")));
    }
    WaitForAsyncUtils.asyncFx(
            () -> {
              stage.setScene(new Scene(new VBox(bar), 300, 100));
              stage.setTitle(pseudo.get("app.title"));
              stage.show();
            })
        .get();
    PseudoLocaleAudit audit = new PseudoLocaleAudit(Set.of(), Set.of());
    List<String> found = WaitForAsyncUtils.asyncFx(() -> audit.audit("test", stage)).get();
    assertThat(found).singleElement().asString().contains("ToolBar#bar hides items");
    WaitForAsyncUtils.asyncFx(stage::hide).get();
  }
}
