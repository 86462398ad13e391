package io.recordingrescue.app;

import io.recordingrescue.auth.BrowserOpener;
import io.recordingrescue.auth.FileTokenStore;
import io.recordingrescue.auth.LoopbackReceiver;
import io.recordingrescue.cli.Cli;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.settings.AppFolders;
import io.recordingrescue.ui.LanguageChoice;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.UiPreferences;
import io.recordingrescue.ui.recyclebin.FileFirstSeenLedger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.binding.Bindings;

/**
 * Plain main class (a class extending Application cannot start a classpath launch).
 *
 * <ul>
 *   <li>No argument (what the installed app's launcher passes), or {@code --webex}: the window on
 *       real Webex, with the settings IT deployed or the operator saved. Without a client id the
 *       sign-in screen offers a personal access token and says how to set up an integration. Its
 *       "Try it with sample data" link switches the run to the embedded sandbox.
 *   <li>{@code --sandbox}: the window on an embedded sandbox (the README's {@code mvn -q
 *       javafx:run} passes it), sign-in through the sandbox's own consent page or its demo
 *       identities. Title and a banner say that nothing is real.
 *   <li>A CLI command as first argument, or {@code -Drecordingrescue.mode=cli} (the {@code rescue}
 *       launcher): the command line.
 * </ul>
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    SandboxServer.preferImmediateReplies(); // before any sandbox starts in this process
    if (isCliMode(args, System.getProperty("recordingrescue.mode"))) {
      Cli.main(args); // exits with the command's code
      return;
    }
    AppFolders folders;
    Mode mode;
    try {
      folders = AppFolders.forThisProcess();
      mode = chooseMode(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    StartupTrace.mark("main");
    // The settings (java.util.prefs parses an XML file), the texts and the sign-in services are
    // made on a thread of their own while JavaFX starts its toolkit: the two overlap instead of
    // following each other. The window waits for them in RecordingRescueApp.start.
    RecordingRescueApp.prepare(
        CompletableFuture.supplyAsync(
            () -> prepareWindow(folders, mode),
            work -> {
              Thread thread =
                  new Thread(
                      () -> {
                        work.run();
                        loadBindings();
                      },
                      "startup");
              thread.setDaemon(true);
              thread.start();
            }));
    Application.launch(RecordingRescueApp.class);
    System.exit(0);
  }

  /**
   * Loads and verifies JavaFX's {@link Bindings} once the window's preparation is handed over,
   * while the toolkit still starts: one large class whose verification loads 85 more, which the
   * sign-in screen's view model otherwise loaded on the FX thread in front of the first frame. Its
   * static initialiser only reads its assertion flag, so this cannot deadlock with the FX thread's
   * class initialisation (JavaFX's scene classes can: they initialise each other).
   */
  private static void loadBindings() {
    try {
      MethodHandles.lookup().ensureInitialized(Bindings.class);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("javafx.base exports javafx.beans.binding", e);
    }
    StartupTrace.mark("bindings loaded");
  }

  /** What the window needs besides the toolkit: language, texts, sign-in services, workers. */
  private static RecordingRescueApp.Startup prepareWindow(AppFolders folders, Mode mode) {
    Preferences prefs = Preferences.userNodeForPackage(Launcher.class);
    Locale locale = windowLocale(new UiPreferences(prefs).language(), Locale.getDefault());
    Messages messages = Messages.load(locale);
    BrowserOpener browser = BrowserOpener.system(System.out);
    // The sandbox (481 recordings and an HTTP server) starts after the window is shown, on a
    // worker: at once with --sandbox, or when "Try it with sample data" asks for it.
    Supplier<SignInServices> sandbox =
        () -> {
          SignInServices started =
              SignInServices.sandbox(
                  sandboxConfig(),
                  sandboxTokenFile(),
                  browser,
                  LoopbackReceiver.DEFAULT_TIMEOUT,
                  messages);
          System.out.println("Recording Rescue on " + started.sandbox().orElseThrow().describe());
          return started;
        };
    RunServices services;
    if (mode == Mode.SANDBOX) {
      services = RunServices.sandboxLater(sandbox);
    } else {
      SignInServices webex = SignInServices.webex(folders, System.getenv(), browser, messages);
      System.out.println("Recording Rescue on " + webex.describeApiBase());
      services = RunServices.webexOrSandbox(webex, sandbox);
    }
    StartupTrace.mark("settings, texts and services ready");
    return new RecordingRescueApp.Startup(
        services, environment(locale, prefs, folders.dataDir().value()));
  }

  /** Sandbox or real Webex. */
  enum Mode {
    SANDBOX,
    WEBEX
  }

  /**
   * Webex unless {@code --sandbox} asks for the sandbox: an installed app started with no argument
   * must never check a real token against made-up data. {@code --webex} is accepted and changes
   * nothing.
   *
   * @throws IllegalArgumentException with the usage line for anything else
   */
  static Mode chooseMode(String[] args) {
    if (args.length == 0) {
      return Mode.WEBEX;
    }
    if (args.length == 1 && "--sandbox".equals(args[0])) {
      return Mode.SANDBOX;
    }
    if (args.length == 1 && "--webex".equals(args[0])) {
      return Mode.WEBEX;
    }
    throw new IllegalArgumentException(
        "Usage: recording-rescue [--sandbox | --webex] | <command> ...");
  }

  /** Sandbox tokens are worthless after the run: a private temporary folder, removed at exit. */
  private static Path sandboxTokenFile() {
    try {
      Path dir = Files.createTempDirectory("recording-rescue-sandbox");
      Path file = dir.resolve(FileTokenStore.FILE_NAME);
      // Deleted in reverse order of registration: the file, then its folder.
      dir.toFile().deleteOnExit();
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create a temporary folder for the sandbox", e);
    }
  }

  /**
   * The demo sandbox; {@code -Drecordingrescue.sandbox.latencyMillis=N} slows every answer down so
   * progress and cancel can be seen (and screenshotted).
   */
  static SandboxConfig sandboxConfig() {
    long latency = Long.getLong("recordingrescue.sandbox.latencyMillis", 0L);
    SandboxConfig config = SandboxConfig.defaults();
    return latency > 0
        ? config.withFaults(
            io.recordingrescue.sandbox.faults.FaultPlan.none().withLatency(latency, 0))
        : config;
  }

  static boolean isCliMode(String[] args, String modeProperty) {
    return "cli".equalsIgnoreCase(modeProperty)
        || Cli.isCliCommand(args)
        || (args.length > 0 && List.of("--help", "-h", "--version", "-V").contains(args[0]));
  }

  /**
   * The language chosen in Settings, else the OS's. A chosen language also becomes the default
   * locale, so that JavaFX's own texts (a text field's context menu) speak it too.
   */
  static Locale windowLocale(LanguageChoice choice, Locale system) {
    Locale locale = choice.resolve(system);
    if (!locale.equals(system)) {
      Locale.setDefault(locale);
    }
    return locale;
  }

  private static AppWiring.Environment environment(Locale locale, Preferences prefs, Path dataDir) {
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
        locale,
        prefs,
        FileFirstSeenLedger.in(dataDir));
  }
}
