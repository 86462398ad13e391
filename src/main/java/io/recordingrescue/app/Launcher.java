package io.recordingrescue.app;

import io.recordingrescue.cli.Cli;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.ui.recyclebin.FileFirstSeenLedger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;

/**
 * Plain main class (a class extending Application cannot start a classpath launch). No arguments or
 * {@code --sandbox}: the window on an embedded sandbox. A CLI command as first argument, or {@code
 * -Drecordingrescue.mode=cli} (the {@code rescue} launcher): the command line.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (isCliMode(args, System.getProperty("recordingrescue.mode"))) {
      Cli.main(args); // exits with the command's code
      return;
    }
    if (args.length > 1 || (args.length == 1 && !"--sandbox".equals(args[0]))) {
      System.err.println("Usage: recording-rescue [--sandbox] | <command> ...");
      System.exit(2);
    }
    SandboxSession session = SandboxSession.start(sandboxConfig(), true);
    System.out.println("Recording Rescue on " + session.sandbox().describe());
    RecordingRescueApp.prepare(new RecordingRescueApp.Startup(session, environment()));
    Application.launch(RecordingRescueApp.class);
    System.exit(0);
  }

  /**
   * The demo sandbox; {@code -Drecordingrescue.sandbox.latencyMillis=N} slows every answer down so
   * progress and cancel can be seen (and screenshotted).
   */
  static SandboxConfig sandboxConfig() {
    long latency = Long.getLong("recordingrescue.sandbox.latencyMillis", 0L);
    SandboxConfig config = SandboxConfig.defaults();
    return latency > 0
        ? config.withFaults(io.recordingrescue.sandbox.FaultPlan.none().withLatency(latency, 0))
        : config;
  }

  static boolean isCliMode(String[] args, String modeProperty) {
    return "cli".equalsIgnoreCase(modeProperty)
        || Cli.isCliCommand(args)
        || (args.length > 0 && List.of("--help", "-h", "--version", "-V").contains(args[0]));
  }

  private static AppWiring.Environment environment() {
    ExecutorService executor =
        Executors.newFixedThreadPool(
            3,
            r -> {
              Thread t = new Thread(r, "app-worker");
              t.setDaemon(true);
              return t;
            });
    return new AppWiring.Environment(
        executor,
        Clock.systemUTC(),
        ZoneId.systemDefault(),
        Locale.getDefault(),
        Preferences.userNodeForPackage(Launcher.class),
        new FileFirstSeenLedger(dataDir().resolve("first-seen.properties")));
  }

  /** Per-user data folder (DESIGN.md): XDG on Linux, Application Support, %APPDATA%. */
  static Path dataDir() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String home = System.getProperty("user.home");
    if (os.contains("win") && System.getenv("APPDATA") != null) {
      return Path.of(System.getenv("APPDATA"), "RecordingRescue");
    }
    if (os.contains("mac")) {
      return Path.of(home, "Library", "Application Support", "Recording Rescue");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share"))
        .resolve("recording-rescue");
  }
}
