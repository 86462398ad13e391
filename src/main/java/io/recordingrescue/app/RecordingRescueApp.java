package io.recordingrescue.app;

import io.recordingrescue.ui.ThemeChoice;
import io.recordingrescue.ui.UiPreferences;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. {@link Application#launch} builds it by reflection, so the launcher hands
 * over the sign-in services and environment it is building through {@link #prepare}; nothing else
 * is static. The stage shows the sign-in screen first (or the main window at once when a saved
 * sign-in still works).
 */
public final class RecordingRescueApp extends Application {
  private static volatile CompletableFuture<Startup> pending;

  /** What {@link Launcher} prepares while the toolkit starts. */
  record Startup(RunServices services, AppWiring.Environment environment) {}

  static void prepare(CompletableFuture<Startup> startup) {
    pending = startup;
  }

  /**
   * Waits for the launcher's preparation; a failure there fails the start with its own exception
   * (as it did when the launcher prepared before launching), not a {@link CompletionException}.
   */
  static Startup await(CompletableFuture<Startup> preparing) {
    try {
      return preparing.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  private Startup startup;

  @Override
  public void start(Stage stage) {
    CompletableFuture<Startup> preparing = pending;
    pending = null;
    if (preparing == null) {
      throw new IllegalStateException("Start the app through io.recordingrescue.app.Launcher");
    }
    StartupTrace.mark("JavaFX started");
    startup = await(preparing);
    StartupTrace.mark("settings, texts and services taken over");
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
