package io.recordingrescue.app;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.ui.recyclebin.FileFirstSeenLedger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;

/**
 * Plain main class (a class extending Application cannot start a classpath launch). No arguments or
 * {@code --sandbox}: the window on an embedded sandbox. A CLI command as first argument, or {@code
 * -Drecordingrescue.mode=cli}: the command line (not written yet).
 */
public final class Launcher {
  /** First arguments that mean "command line", not window. */
  static final Set<String> CLI_COMMANDS =
      Set.of(
          "list",
          "restore",
          "restore-all",
          "status",
          "export",
          "login",
          "logout",
          "help",
          "--help",
          "-h",
          "--version");

  private Launcher() {}

  public static void main(String[] args) {
    if (isCliMode(args, System.getProperty("recordingrescue.mode"))) {
      System.exit(runCli(args));
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
        || (args.length > 0 && CLI_COMMANDS.contains(args[0]));
  }

  /** Hook for the CLI of a later issue: call io.recordingrescue.cli.Cli here. */
  static int runCli(String[] args) {
    System.err.println("CLI not available yet");
    return 2;
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
