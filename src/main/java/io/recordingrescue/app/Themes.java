package io.recordingrescue.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.recordingrescue.ui.ThemeChoice;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;

/**
 * Puts AtlantaFX Primer Light or Primer Dark on every window. "Same as the system" asks the OS on a
 * worker (it runs a process) and switches when the answer comes; light until then.
 */
final class Themes {
  private final Executor background;
  private final BooleanSupplier systemIsDark;
  private final Consumer<Runnable> onFxThread;
  private final Consumer<Boolean> stylesheet;

  /** A later choice wins over an OS answer still on its way. */
  private final AtomicInteger generation = new AtomicInteger();

  Themes(
      Executor background,
      BooleanSupplier systemIsDark,
      Consumer<Runnable> onFxThread,
      Consumer<Boolean> stylesheet) {
    this.background = background;
    this.systemIsDark = systemIsDark;
    this.onFxThread = onFxThread;
    this.stylesheet = stylesheet;
  }

  /** The real thing: the OS's answer, the FX thread, AtlantaFX's stylesheets. */
  static Themes forThisOs(Executor background) {
    SystemTheme os = SystemTheme.forThisOs();
    return new Themes(background, os::isDark, Platform::runLater, Themes::setPrimer);
  }

  /** Call on the FX thread. */
  void apply(ThemeChoice choice) {
    int mine = generation.incrementAndGet();
    switch (choice) {
      case LIGHT -> stylesheet.accept(false);
      case DARK -> stylesheet.accept(true);
      case SYSTEM ->
          background.execute(
              () -> {
                boolean dark = systemIsDark.getAsBoolean();
                onFxThread.accept(
                    () -> {
                      if (generation.get() == mine) {
                        stylesheet.accept(dark);
                      }
                    });
              });
    }
  }

  /**
   * Before the first window: dark only when chosen; "same as the system" starts light so that the
   * first frame does not wait for a process.
   */
  void applyBeforeFirstFrame(ThemeChoice choice) {
    stylesheet.accept(choice == ThemeChoice.DARK);
  }

  private static void setPrimer(boolean dark) {
    Application.setUserAgentStylesheet(primerStylesheet(dark));
  }

  /**
   * AtlantaFX's binary Primer stylesheet, which its jar ships beside the {@code .css} (made from it
   * in the same AtlantaFX build): named directly, JavaFX loads it without looking for the text
   * file.
   */
  static String primerStylesheet(boolean dark) {
    return dark
        ? new PrimerDark().getUserAgentStylesheetBSS()
        : new PrimerLight().getUserAgentStylesheetBSS();
  }
}
