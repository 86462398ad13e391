package io.recordingrescue.app;

import io.recordingrescue.restore.JobHistory;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.RestorePlanner;
import io.recordingrescue.restore.WebexRestoreGateway;
import io.recordingrescue.settings.AppFolders;
import io.recordingrescue.ui.BinSource;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.EngineRestoreRunner;
import io.recordingrescue.ui.FxDialogService;
import io.recordingrescue.ui.FxUiExecutor;
import io.recordingrescue.ui.MainWindow;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.RestoreRunner;
import io.recordingrescue.ui.SaveLocation;
import io.recordingrescue.ui.UserContext;
import io.recordingrescue.ui.WindowPrefs;
import io.recordingrescue.ui.history.HistoryViewModel;
import io.recordingrescue.ui.history.ResumePrompt;
import io.recordingrescue.ui.jobs.JobsViewModel;
import io.recordingrescue.ui.recyclebin.FirstSeenLedger;
import io.recordingrescue.ui.recyclebin.RecycleBinViewModel;
import io.recordingrescue.ui.restoreall.RestoreAllViewModel;
import io.recordingrescue.ui.restorebyids.RestoreByIdsViewModel;
import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Sleeper;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/**
 * The composition root of the window: builds every object once from a {@link Session} and hands
 * them down by constructor. Nothing else in the app creates view models or services.
 */
public final class AppWiring {
  private AppWiring() {}

  /** What the window needs besides the session: where to run work and keep small state. */
  public record Environment(
      ExecutorService executor,
      Clock clock,
      ZoneId zone,
      Locale locale,
      Preferences prefs,
      FirstSeenLedger ledger) {}

  /**
   * Where restore jobs are journalled, how the engine is tuned and how audit files are placed.
   * Tests pass a temporary journal folder and answer save dialogs themselves.
   */
  public record RestoreSetup(
      Journal journal, RestoreEngine.Options engineOptions, SaveLocation saveLocation) {

    /** The journal in the data folder {@link AppFolders} names, default tuning, the save dialog. */
    public static RestoreSetup defaults(Clock clock) {
      return new RestoreSetup(
          Journal.inDataDir(AppFolders.forThisProcess().dataDir().value(), clock),
          RestoreEngine.Options.defaults(),
          FxDialogService::fileChooser);
    }
  }

  /** Builds the main window on {@code stage} (FX thread; no I/O happens here). */
  public static MainWindow mainWindow(Stage stage, Session session, Environment env) {
    return mainWindow(stage, session, env, RestoreSetup.defaults(env.clock()));
  }

  /** As above, with the restore journal and engine given. */
  public static MainWindow mainWindow(
      Stage stage, Session session, Environment env, RestoreSetup restore) {
    Messages messages = Messages.load(env.locale());
    FxUiExecutor ui = new FxUiExecutor(env.executor());
    DialogService dialogs = new FxDialogService(() -> stage, restore.saveLocation(), messages);
    BinScanner scanner = new BinScanner(session.client(), env.clock(), 3);
    BinSource bin = (scope, listener) -> scanner.scan(scope, BinScanner.DEFAULT_HORIZON, listener);
    RestoreEngine engine =
        new RestoreEngine(
            WebexRestoreGateway.of(session.client(), env.clock()),
            restore.journal(),
            env.clock(),
            Sleeper.SYSTEM,
            restore.engineOptions());
    RestoreRunner runner =
        new EngineRestoreRunner(
            engine,
            new RestorePlanner(),
            session.admin() ? ListScope.org() : ListScope.mine(),
            () -> session.me().primaryEmail());
    UserContext user =
        new UserContext(session.me().displayName(), session.me().primaryEmail(), session.admin());
    JobsViewModel jobs = new JobsViewModel(runner, ui, dialogs, messages);
    RecycleBinViewModel binVm =
        new RecycleBinViewModel(
            bin, ui, dialogs, jobs, messages, env.clock(), env.zone(), env.ledger(), user);
    return new MainWindow(
        stage,
        binVm,
        jobs,
        () -> new RestoreAllViewModel(bin, ui, dialogs, jobs, binVm, messages, user),
        () -> new RestoreByIdsViewModel(binVm, messages),
        ui.runningTasks(),
        messages,
        new WindowPrefs(env.prefs()),
        user,
        () -> new HistoryViewModel(new JobHistory(restore.journal()), jobs, ui, dialogs, messages),
        new ResumePrompt(restore.journal(), jobs, ui, dialogs, messages, env.zone(), env.locale()),
        env.zone(),
        env.locale());
  }
}
