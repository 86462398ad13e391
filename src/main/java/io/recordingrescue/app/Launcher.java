package io.recordingrescue.app;

import io.recordingrescue.auth.AppDirectories;
import io.recordingrescue.auth.AuthSettings;
import io.recordingrescue.auth.AuthSettingsStore;
import io.recordingrescue.auth.BrowserOpener;
import io.recordingrescue.auth.FileTokenStore;
import io.recordingrescue.auth.LoopbackReceiver;
import io.recordingrescue.cli.Cli;
import io.recordingrescue.restore.DataDirs;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.ui.LanguageChoice;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.UiPreferences;
import io.recordingrescue.ui.recyclebin.FileFirstSeenLedger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Application;

/**
 * Plain main class (a class extending Application cannot start a classpath launch).
 *
 * <ul>
 *   <li>{@code --sandbox}: the window on an embedded sandbox (the README's {@code mvn -q
 *       javafx:run} passes it), sign-in through the sandbox's own consent page or its demo
 *       identities.
 *   <li>{@code --webex}: the window on real Webex, with the settings IT deployed or the operator
 *       saved.
 *   <li>No argument: Webex when the settings name a client id (an installed app with IT's config
 *       file), else the sandbox (a first run with nothing configured).
 *   <li>A CLI command as first argument, or {@code -Drecordingrescue.mode=cli} (the {@code rescue}
 *       launcher): the command line.
 * </ul>
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (isCliMode(args, System.getProperty("recordingrescue.mode"))) {
      Cli.main(args); // exits with the command's code
      return;
    }
    AppDirectories directories = AppDirectories.forCurrentOs();
    Mode mode;
    try {
      mode = chooseMode(args, () -> new AuthSettingsStore(directories).load());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Preferences prefs = Preferences.userNodeForPackage(Launcher.class);
    Locale locale = windowLocale(new UiPreferences(prefs).language(), Locale.getDefault());
    Messages messages = Messages.load(locale);
    BrowserOpener browser = BrowserOpener.system(System.out);
    SignInServices services =
        mode == Mode.SANDBOX
            ? SignInServices.sandbox(
                sandboxConfig(),
                sandboxTokenFile(),
                browser,
                LoopbackReceiver.DEFAULT_TIMEOUT,
                messages)
            : SignInServices.webex(directories, browser, messages);
    System.out.println(
        services
            .sandbox()
            .map(s -> "Recording Rescue on " + s.describe())
            .orElse("Recording Rescue on " + services.currentSettings().apiBaseUrl()));
    RecordingRescueApp.prepare(
        new RecordingRescueApp.Startup(services, environment(locale, prefs)));
    Application.launch(RecordingRescueApp.class);
    System.exit(0);
  }

  /** Sandbox or real Webex. */
  enum Mode {
    SANDBOX,
    WEBEX
  }

  /**
   * {@code --sandbox} or {@code --webex} decide; with no argument, Webex when the settings name a
   * client id (or cannot be read: then the sign-in screen says why), else the sandbox.
   *
   * @throws IllegalArgumentException with the usage line for anything else
   */
  static Mode chooseMode(String[] args, Supplier<AuthSettings> settings) {
    if (args.length == 0) {
      try {
        return settings.get().clientId().isEmpty() ? Mode.SANDBOX : Mode.WEBEX;
      } catch (RuntimeException e) {
        return Mode.WEBEX;
      }
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
        ? config.withFaults(io.recordingrescue.sandbox.FaultPlan.none().withLatency(latency, 0))
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

  private static AppWiring.Environment environment(Locale locale, Preferences prefs) {
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
        new FileFirstSeenLedger(DataDirs.perUser().resolve("first-seen.properties")));
  }
}
