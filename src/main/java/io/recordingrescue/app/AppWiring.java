package io.recordingrescue.app;

import io.recordingrescue.ui.BatchRestoreRunner;
import io.recordingrescue.ui.BinSource;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.FxDialogService;
import io.recordingrescue.ui.FxUiExecutor;
import io.recordingrescue.ui.MainWindow;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.RestoreRunner;
import io.recordingrescue.ui.UserContext;
import io.recordingrescue.ui.WindowPrefs;
import io.recordingrescue.ui.jobs.JobsViewModel;
import io.recordingrescue.ui.recyclebin.FirstSeenLedger;
import io.recordingrescue.ui.recyclebin.RecycleBinViewModel;
import io.recordingrescue.ui.restoreall.RestoreAllViewModel;
import io.recordingrescue.ui.restorebyids.RestoreByIdsViewModel;
import io.recordingrescue.webex.BinScanner;
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

  /** Builds the main window on {@code stage} (FX thread; no I/O happens here). */
  public static MainWindow mainWindow(Stage stage, Session session, Environment env) {
    Messages messages = Messages.load(env.locale());
    FxUiExecutor ui = new FxUiExecutor(env.executor());
    DialogService dialogs = new FxDialogService(() -> stage);
    BinScanner scanner = new BinScanner(session.client(), env.clock(), 3);
    BinSource bin = (scope, listener) -> scanner.scan(scope, BinScanner.DEFAULT_HORIZON, listener);
    RestoreRunner runner =
        new BatchRestoreRunner(session.client(), bin, env.clock(), session.me().primaryEmail());
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
        user);
  }
}
