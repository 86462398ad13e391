package io.recordingrescue.app;

import io.recordingrescue.restore.CancellationToken;
import io.recordingrescue.restore.JobHistory;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.RestorePlanner;
import io.recordingrescue.restore.Tuning;
import io.recordingrescue.restore.WebexRestoreGateway;
import io.recordingrescue.restore.incident.IncidentJournal;
import io.recordingrescue.restore.incident.IncidentPlan;
import io.recordingrescue.restore.incident.IncidentPreviewer;
import io.recordingrescue.restore.incident.IncidentProgress;
import io.recordingrescue.restore.incident.IncidentReport;
import io.recordingrescue.restore.incident.IncidentRunner;
import io.recordingrescue.settings.AppFolders;
import io.recordingrescue.ui.BinSource;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.EngineRestoreRunner;
import io.recordingrescue.ui.Formats;
import io.recordingrescue.ui.FxDialogService;
import io.recordingrescue.ui.FxUiExecutor;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.RestoreRunner;
import io.recordingrescue.ui.SaveLocation;
import io.recordingrescue.ui.UserContext;
import io.recordingrescue.ui.WindowPrefs;
import io.recordingrescue.ui.history.HistoryViewModel;
import io.recordingrescue.ui.history.ResumePrompt;
import io.recordingrescue.ui.incident.IncidentService;
import io.recordingrescue.ui.incident.IncidentViewModel;
import io.recordingrescue.ui.jobs.JobsState;
import io.recordingrescue.ui.jobs.JobsViewModel;
import io.recordingrescue.ui.main.MainWindow;
import io.recordingrescue.ui.recyclebin.BinRestorer;
import io.recordingrescue.ui.recyclebin.BinState;
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
import java.util.function.BooleanSupplier;
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

    /**
     * The journal in the data folder {@link AppFolders} names, the product's tuning, the dialog.
     */
    public static RestoreSetup defaults(Clock clock) {
      return product(Journal.inDataDir(AppFolders.forThisProcess().dataDir().value(), clock));
    }

    /** Jobs journalled in {@code journal}, the product's tuning, the platform's save dialog. */
    public static RestoreSetup product(Journal journal) {
      return new RestoreSetup(journal, Tuning.PRODUCT.engine(), FxDialogService::fileChooser);
    }
  }

  /** The scanner behind the window's bin: the product's scan settings. */
  public static BinScanner binScanner(Session session, Clock clock) {
    return Tuning.PRODUCT.scanner(session.client(), clock);
  }

  /** What the window loads: the whole bin back to the default horizon. */
  public static BinSource binSource(Session session, Clock clock) {
    BinScanner scanner = binScanner(session, clock);
    return (scope, listener) -> scanner.scan(scope, BinScanner.DEFAULT_HORIZON, listener);
  }

  /** What the window's restore jobs send through and verify with. */
  public static WebexRestoreGateway restoreGateway(Session session, Clock clock) {
    return WebexRestoreGateway.of(session.client(), clock);
  }

  /** The incident dialog's model: previews by the window's bin scan, runs on the same engine. */
  private static IncidentViewModel incident(
      Session session,
      Environment env,
      RestoreSetup restore,
      RestoreEngine engine,
      BinSource bin,
      JobsState jobs,
      FxUiExecutor ui,
      DialogService dialogs,
      Messages messages,
      UserContext user) {
    IncidentRunner runner =
        new IncidentRunner(
            engine,
            new IncidentJournal(restore.journal().dir(), env.clock()),
            env.clock(),
            IncidentRunner.DEFAULT_OWNERS_AT_ONCE);
    String operator = session.me().primaryEmail();
    IncidentService service =
        new IncidentService() {
          @Override
          public IncidentReport start(
              IncidentPlan plan, IncidentProgress.Listener progress, BooleanSupplier cancelled) {
            return runner.start(plan, operator, progress, CancellationToken.of(cancelled));
          }

          @Override
          public IncidentReport resume(
              String incidentId, IncidentProgress.Listener progress, BooleanSupplier cancelled) {
            return runner.resume(incidentId, progress, CancellationToken.of(cancelled));
          }
        };
    return new IncidentViewModel(
        new IncidentPreviewer(bin::scan, IncidentRunner.DEFAULT_OWNERS_AT_ONCE),
        service,
        jobs,
        ui,
        dialogs,
        messages,
        user,
        new Formats(env.zone()));
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
    BinSource bin = binSource(session, env.clock());
    RestoreEngine engine =
        new RestoreEngine(
            restoreGateway(session, env.clock()),
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
    // The state the screens share; a job's restored rows leave the bin however it was started.
    JobsState jobs = new JobsState(runner, ui, dialogs, messages);
    BinState loaded =
        new BinState(env.clock(), new Formats(env.zone(), messages.locale()), env.zone(), jobs);
    RecycleBinViewModel binVm =
        new RecycleBinViewModel(loaded, bin, ui, dialogs, jobs, messages, env.ledger(), user);
    ResumePrompt resumePrompt =
        new ResumePrompt(restore.journal(), jobs, ui, dialogs, messages, env.zone(), env.locale());
    MainWindow window =
        new MainWindow(
            stage,
            binVm,
            new JobsViewModel(jobs, ui, dialogs, messages),
            () -> new RestoreAllViewModel(bin, ui, dialogs, jobs, loaded, messages, user),
            () ->
                new RestoreByIdsViewModel(
                    loaded, new BinRestorer(dialogs, jobs, messages), messages),
            () -> incident(session, env, restore, engine, bin, jobs, ui, dialogs, messages, user),
            messages,
            new WindowPrefs(env.prefs()),
            user,
            () ->
                new HistoryViewModel(
                    new JobHistory(restore.journal()), jobs, ui, dialogs, messages),
            resumePrompt,
            env.zone(),
            env.locale());
    if (session.admin()) {
      IncidentJournal incidents = new IncidentJournal(restore.journal().dir(), env.clock());
      resumePrompt.offerIncidents(incidents::unfinished, window::resumeIncident);
    }
    return window;
  }
}
