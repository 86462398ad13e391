package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.ui.ThemeChoice;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import javafx.application.Application;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first window is styled from binary stylesheets: {@link Themes} puts AtlantaFX's binary Primer
 * on, and the sign-in screen's own stylesheets have their build-made {@code .bss} beside them
 * (which JavaFX loads instead of the text). The screen's background, set by {@code signin.css} from
 * a Primer colour, shows both at work in light and in dark.
 */
@ExtendWith(ApplicationExtension.class)
class BinaryStylesheetsFxTest {
  @TempDir static Path dir;

  @RegisterExtension final AppWindowFixture app = new AppWindowFixture(Locale.ROOT);
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    app.startFirstRunOnWebex(stage, dir);
  }

  @Test
  void themesSetsTheBinaryPrimerAndTheScreensStylesheetsHaveBinaryTwins()
      throws ExecutionException, InterruptedException {
    Themes themes = Themes.forThisOs(Runnable::run);
    WaitForAsyncUtils.asyncFx(() -> themes.apply(ThemeChoice.LIGHT)).get();
    assertThat(Application.getUserAgentStylesheet())
        .isEqualTo(Themes.primerStylesheet(false))
        .endsWith("/primer-light.bss");
    assertThat(background()).isEqualTo(Color.web("#f6f8fa")); // Primer Light's -color-bg-subtle

    WaitForAsyncUtils.asyncFx(() -> themes.apply(ThemeChoice.DARK)).get();
    assertThat(Application.getUserAgentStylesheet())
        .isEqualTo(Themes.primerStylesheet(true))
        .endsWith("/primer-dark.bss");
    assertThat(background()).isEqualTo(Color.web("#161b22")); // Primer Dark's -color-bg-subtle

    assertThat(stage.getScene().getStylesheets())
        .hasSize(2)
        .allSatisfy(css -> assertThat(css).endsWith(".css"))
        .allSatisfy(
            css ->
                assertThat(
                        getClass()
                            .getClassLoader()
                            .getResource(
                                css.substring(css.indexOf("io/recordingrescue/"))
                                    .replaceFirst("\\.css$", ".bss")))
                    .isNotNull());
  }

  private Paint background() throws ExecutionException, InterruptedException {
    return WaitForAsyncUtils.asyncFx(
            () -> {
              Region screen = (Region) stage.getScene().lookup("#signInScreen");
              screen.applyCss();
              return screen.getBackground().getFills().get(0).getFill();
            })
        .get();
  }
}
