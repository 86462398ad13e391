package io.recordingrescue.app;

import io.recordingrescue.ui.ThemeChoice;
import io.recordingrescue.ui.UiPreferences;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. {@link Application#launch} builds it by reflection, so the launcher hands
 * over the already built sign-in services and environment through {@link #prepare}; nothing else is
 * static. The stage shows the sign-in screen first (or the main window at once when a saved sign-in
 * still works).
 */
public final class RecordingRescueApp extends Application {
  private static volatile Startup pending;

  /** What {@link Launcher} prepared before the toolkit starts. */
  record Startup(RunServices services, AppWiring.Environment environment) {}

  static void prepare(Startup startup) {
    pending = startup;
  }

  private Startup startup;

  @Override
  public void start(Stage stage) {
    startup = pending;
    pending = null;
    if (startup == null) {
      throw new IllegalStateException("Start the app through io.recordingrescue.app.Launcher");
    }
    StartupTrace.mark("JavaFX started");
    Themes themes = Themes.forThisOs(startup.environment().executor());
    ThemeChoice theme = new UiPreferences(startup.environment().prefs()).theme();
    themes.applyBeforeFirstFrame(theme);
    StartupTrace.mark("theme loaded");
    AppFlow flow = new AppFlow(stage, startup.services(), startup.environment());
    flow.applyThemesWith(themes::apply);
    flow.start();
    if (theme == ThemeChoice.SYSTEM) {
      themes.apply(theme); // asks the OS on a worker, after the first frame
    }
  }

  /** Closing the window ends the app: stop the work, then HTTP and the sandbox. */
  @Override
  public void stop() throws InterruptedException {
    if (startup != null) {
      ExecutorService executor = startup.environment().executor();
      executor.shutdownNow();
      executor.awaitTermination(5, TimeUnit.SECONDS);
      startup.services().close();
    }
  }
}
