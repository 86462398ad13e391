package io.recordingrescue.app;

import io.recordingrescue.auth.SignInStateListener;
import io.recordingrescue.ui.FxUiExecutor;
import io.recordingrescue.ui.LanguageChoice;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.ThemeChoice;
import io.recordingrescue.ui.UiPreferences;
import io.recordingrescue.ui.UserContext;
import io.recordingrescue.ui.WindowPrefs;
import io.recordingrescue.ui.main.MainWindow;
import io.recordingrescue.ui.settings.AppearanceViewModel;
import io.recordingrescue.ui.settings.SettingsDialog;
import io.recordingrescue.ui.settings.SettingsViewModel;
import io.recordingrescue.ui.signin.AccountBar;
import io.recordingrescue.ui.signin.AccountViewModel;
import io.recordingrescue.ui.signin.PendingSignIn;
import io.recordingrescue.ui.signin.SampleDataSwitch;
import io.recordingrescue.ui.signin.SignInGateway;
import io.recordingrescue.ui.signin.SignInView;
import io.recordingrescue.ui.signin.SignInViewModel;
import java.net.URL;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Which screen the one stage shows: the sign-in screen until someone is signed in, then the main
 * window with who is signed in and Sign out; Sign out leads back. When the sign-in expires during
 * work, a banner offers to sign in again in a window over the main one, so its jobs are kept. On
 * Webex, "Try it with sample data" switches the run to the embedded sandbox; on the sandbox the
 * title and a banner say that nothing is real.
 */
final class AppFlow {
  private final Stage stage;
  private final RunServices run;
  private final AppWiring.Environment env;
  private final Messages m;
  private final FxUiExecutor ui;
  private final UiPreferences uiPrefs;

  /** The language this run speaks; a new choice in Settings waits for the next start. */
  private final LanguageChoice languageInEffect;

  private Consumer<ThemeChoice> applyTheme = choice -> {};
  private AppWiring.RestoreSetup restoreSetup;
  private SignInStateListener accountListener;
  private MainWindow mainWindow;

  /**
   * The sign-in screen built before the window first showed: its icons and scroll pane wait for the
   * first frame.
   */
  private SignInView firstScreen;

  AppFlow(Stage stage, SignInServices services, AppWiring.Environment env) {
    this(stage, RunServices.fixed(services), env);
  }

  AppFlow(Stage stage, RunServices run, AppWiring.Environment env) {
    this.stage = stage;
    this.run = run;
    this.env = env;
    this.m = Messages.load(env.locale());
    this.ui = new FxUiExecutor(env.executor());
    this.uiPrefs = new UiPreferences(env.prefs());
    this.languageInEffect = uiPrefs.language();
  }

  /** Where the main window journals restore jobs (tests: a temporary folder). */
  void useRestoreSetup(AppWiring.RestoreSetup setup) {
    this.restoreSetup = setup;
  }

  /** How a theme saved in Settings reaches the open windows (none in tests). */
  void applyThemesWith(Consumer<ThemeChoice> applyTheme) {
    this.applyTheme = applyTheme;
  }

  /**
   * Shows the window at once: the sign-in screen, saying that it looks for a saved sign-in (or, on
   * a {@code --sandbox} run, that the sandbox is starting). That work starts after the first frame,
   * and the screen's icons and scroll pane come with the next one; then the main window follows if
   * a saved sign-in still works.
   */
  void start() {
    new WindowPrefs(env.prefs()).restore(stage);
    SignInViewModel<Session> vm;
    Runnable afterFirstFrame;
    if (run.started()) {
      vm = showSignIn();
      afterFirstFrame = vm.restoreSavedLater();
    } else {
      vm = showSignIn(new SandboxStarting());
      afterFirstFrame =
          vm.startSandboxLater(run::switchToSandbox, () -> showSignIn().restoreSaved());
    }
    StartupTrace.mark("sign-in screen built");
    stage.show();
    StartupTrace.mark("window shown");
    SignInView shown = firstScreen;
    firstScreen = null;
    AfterFirstFrame.run(
        stage.getScene(),
        () -> {
          afterFirstFrame.run(); // hands the check to a worker first
          shown.complete();
          StartupTrace.mark("icons and scroll pane added");
        });
  }

  /** The main window, once signed in; null on the sign-in screen. */
  MainWindow mainWindow() {
    return mainWindow;
  }

  private SignInServices services() {
    return run.current();
  }

  private SignInViewModel<Session> showSignIn() {
    return showSignIn(services().gateway());
  }

  private SignInViewModel<Session> showSignIn(SignInGateway<Session> gateway) {
    mainWindow = null;
    SignInViewModel<Session> vm =
        new SignInViewModel<>(
            gateway,
            ui,
            m,
            this::showMain,
            () -> openSettings(stage),
            run.canSwitchToSandbox() ? sampleDataSwitch() : null);
    SignInView view = new SignInView(vm, m);
    if (stage.isShowing()) {
      view.complete();
    } else {
      firstScreen = view;
    }
    stage.setScene(scene(view.root(), stage.getWidth(), stage.getHeight()));
    stage.setTitle(vm.windowTitle());
    // Replaces the main window's handler (its table is gone); the window size is still kept.
    WindowPrefs prefs = new WindowPrefs(env.prefs());
    stage.setOnHiding(e -> prefs.save(stage));
    return vm;
  }

  /** "Try it with sample data": the sandbox starts on a worker, then its sign-in screen shows. */
  private SampleDataSwitch sampleDataSwitch() {
    return new SampleDataSwitch() {
      @Override
      public void startSandbox() {
        run.switchToSandbox();
      }

      @Override
      public void showSandbox() {
        showSignIn();
      }
    };
  }

  private void showMain(Session session) {
    MainWindow window =
        restoreSetup == null
            ? AppWiring.mainWindow(stage, session, env)
            : AppWiring.mainWindow(stage, session, env, restoreSetup);
    UserContext user =
        new UserContext(session.me().displayName(), session.me().primaryEmail(), session.admin());
    AccountViewModel account =
        new AccountViewModel(
            user, services().sandbox().isPresent(), m, this::signOut, this::signInAgain);
    AccountBar bar = new AccountBar(account, m);
    window.addAccountControls(bar.root(), bar.signOutMenuItem());
    window.addSettingsItem(() -> openSettings(stage));
    stage.setTitle(account.windowTitle());
    addStyles(stage.getScene());
    accountListener =
        (state, message) -> Platform.runLater(() -> account.signInStateChanged(state, message));
    services().tokens().addListener(accountListener);
    mainWindow = window;
    window.show();
  }

  /** One click: forget the tokens (the saved file too) and show the sign-in screen. */
  private void signOut() {
    if (accountListener != null) {
      services().tokens().removeListener(accountListener);
      accountListener = null;
    }
    services().tokens().signOut();
    showSignIn();
  }

  /** Sign in again over the main window; the same client picks up the new tokens. */
  private void signInAgain() {
    Stage again = new Stage();
    again.initOwner(stage);
    again.initModality(Modality.WINDOW_MODAL);
    SignInViewModel<Session> vm =
        new SignInViewModel<>(
            services().gateway(), ui, m, session -> again.close(), () -> openSettings(again));
    again.setTitle(m.get("signin.againTitle") + " — " + vm.windowTitle());
    SignInView view = new SignInView(vm, m);
    view.complete();
    again.setScene(scene(view.root(), 640, 760));
    again.setOnHidden(e -> vm.cancel());
    again.show();
  }

  private void openSettings(Window owner) {
    new SettingsDialog(
            new SettingsViewModel(services().settings(), m),
            new AppearanceViewModel(uiPrefs, languageInEffect, applyTheme),
            m,
            owner)
        .showAndWait();
  }

  /**
   * The sign-in screen's gateway while a {@code --sandbox} run's sandbox starts: the screen shows
   * the sandbox's banner and panel, every way in is off (the view model is busy), and nothing here
   * can sign in.
   */
  private static final class SandboxStarting implements SignInGateway<Session> {
    @Override
    public boolean browserSignInConfigured() {
      return true; // the sandbox brings its own integration: no "not set up" hint
    }

    @Override
    public Optional<Session> restoreSaved() {
      throw notYet();
    }

    @Override
    public PendingSignIn<Session> startBrowserSignIn() {
      throw notYet();
    }

    @Override
    public Session signInWithToken(String token, boolean keep) {
      throw notYet();
    }

    @Override
    public Optional<SandboxDemo<Session>> sandboxDemo() {
      return Optional.of(
          new SandboxDemo<>() {
            @Override
            public String tokenHint() {
              return ""; // the sandbox's tokens exist once it runs
            }

            @Override
            public Session continueAs(boolean admin) {
              throw notYet();
            }
          });
    }

    private static IllegalStateException notYet() {
      return new IllegalStateException("The sandbox is still starting");
    }
  }

  private static Scene scene(Parent root, double width, double height) {
    Scene scene =
        new Scene(
            root,
            Double.isNaN(width) || width <= 0 ? 1280 : width,
            Double.isNaN(height) || height <= 0 ? 800 : height);
    addStyles(scene);
    return scene;
  }

  private static void addStyles(Scene scene) {
    for (URL css :
        new URL[] {
          Messages.class.getResource("app.css"), SignInView.class.getResource("signin.css")
        }) {
      if (css != null && !scene.getStylesheets().contains(css.toExternalForm())) {
        scene.getStylesheets().add(css.toExternalForm());
      }
    }
  }
}
