package io.recordingrescue.app;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. {@link Application#launch} builds it by reflection, so the launcher hands
 * over the already started session and environment through {@link #prepare}; nothing else is
 * static.
 */
public final class RecordingRescueApp extends Application {
  private static volatile Startup pending;

  /** What {@link Launcher} prepared before the toolkit starts. */
  record Startup(Session session, AppWiring.Environment environment) {}

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
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    AppWiring.mainWindow(stage, startup.session(), startup.environment()).show();
  }

  /** Closing the window ends the app: stop the work, then the sandbox. */
  @Override
  public void stop() throws InterruptedException {
    if (startup != null) {
      ExecutorService executor = startup.environment().executor();
      executor.shutdownNow();
      executor.awaitTermination(5, TimeUnit.SECONDS);
      startup.session().close();
    }
  }
}
