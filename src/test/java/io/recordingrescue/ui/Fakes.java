package io.recordingrescue.ui;

import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.IdOutcome;
import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.ui.jobs.JobsState;
import io.recordingrescue.ui.recyclebin.BinState;
import io.recordingrescue.ui.recyclebin.FirstSeenLedger;
import io.recordingrescue.ui.recyclebin.RecycleBinViewModel;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.ScanListener;
import io.recordingrescue.webex.ScanProgress;
import io.recordingrescue.webex.ScanResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/** Test doubles for view-model tests: a bin in memory, a scripted restore, scripted dialogs. */
public final class Fakes {
  /**
   * The recycle-bin screen on {@code bin} at {@link #NOW} in UTC, its rows in a {@link BinState}
   * that {@code jobs} takes restored rows out of; the operator is an admin or a user.
   */
  public static RecycleBinViewModel binScreen(
      BinSource bin, UiExecutor ui, DialogService dialogs, JobsState jobs, boolean admin) {
    return new RecycleBinViewModel(
        new BinState(Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC, jobs),
        bin,
        ui,
        dialogs,
        jobs,
        messages(),
        FirstSeenLedger.inMemory(),
        new UserContext("Op", "op@x.com", admin));
  }

  public static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private Fakes() {}

  public static Messages messages() {
    return Messages.load(Locale.ROOT);
  }

  public static Recording rec(
      String id,
      String topic,
      String owner,
      String ownerType,
      String service,
      long size,
      Instant created) {
    return new Recording(
        id,
        topic,
        created,
        created,
        "MP4",
        service,
        65,
        size,
        "deleted",
        "o-" + owner,
        owner,
        ownerType,
        "US",
        null);
  }

  public static Recording rec(String id, String owner, long size) {
    return rec(id, "Topic " + id, owner, "user", "calling", size, NOW.minus(Duration.ofDays(2)));
  }

  /** A bin in memory that answers every scope with the recordings its filter keeps. */
  public static final class FakeBin implements BinSource {
    public final List<Recording> recordings = new ArrayList<>();
    public final List<ListScope> scans = new ArrayList<>();
    public int pageSize = 2;
    public Function<ListScope, List<Recording>> byScope;

    @Override
    public ScanResult scan(ListScope scope, ScanListener listener) {
      scans.add(scope);
      List<Recording> all = byScope == null ? List.copyOf(recordings) : byScope.apply(scope);
      int pages = 0;
      boolean cancelled = false;
      for (int i = 0; i < all.size(); i += pageSize) {
        if (listener.isCancelled()) {
          cancelled = true;
          break;
        }
        List<Recording> page = all.subList(i, Math.min(all.size(), i + pageSize));
        pages++;
        listener.onPage(
            page,
            new ScanProgress(
                pages, (all.size() + pageSize - 1) / pageSize, i + page.size(), pages));
      }
      return new ScanResult(all, List.of(), cancelled, NOW);
    }
  }

  /**
   * Behaves like the engine towards the window: restores every id unless listed in {@code failing}
   * (which fail with a trackingId); a cancel or {@code pauseForSignIn} leaves the ids unsettled in
   * a resumable report, and {@link #resume} restores them.
   */
  public static final class FakeRunner implements RestoreRunner {
    public final List<RestoreTarget> targets = new ArrayList<>();
    public final List<String> resumed = new ArrayList<>();
    public final List<String> failing = new ArrayList<>();
    public Runnable duringRun = () -> {};
    public boolean pauseForSignIn;
    private final java.util.Map<String, RestoreTarget> paused = new java.util.HashMap<>();
    private int jobs;

    @Override
    public RestoreReport run(
        RestoreTarget target,
        Consumer<ProgressEvent> progress,
        java.util.function.BooleanSupplier cancelled) {
      targets.add(target);
      String jobId = "job-" + ++jobs;
      return execute(jobId, target, progress, cancelled);
    }

    @Override
    public RestoreReport resume(
        String jobId, Consumer<ProgressEvent> progress, java.util.function.BooleanSupplier c) {
      resumed.add(jobId);
      RestoreTarget target = paused.remove(jobId);
      if (target == null) {
        throw new IllegalStateException("no paused job " + jobId);
      }
      return execute(jobId, target, progress, c);
    }

    private RestoreReport execute(
        String jobId,
        RestoreTarget target,
        Consumer<ProgressEvent> progress,
        java.util.function.BooleanSupplier cancelled) {
      progress.accept(event(jobId, 0, 0));
      duringRun.run();
      List<String> ids =
          target instanceof RestoreTarget.ByIds b ? b.ids() : List.of("all-1", "all-2");
      JobState stop = null;
      if (cancelled.getAsBoolean()) {
        stop = JobState.CANCELLED;
      } else if (pauseForSignIn) {
        stop = JobState.PAUSED_SIGN_IN;
        pauseForSignIn = false;
      }
      if (stop != null) {
        paused.put(jobId, target);
        return new RestoreReport(
            jobId, "op", target, NOW, NOW, List.of(), stop, -1, ids, "stopped");
      }
      List<IdOutcome> out = new ArrayList<>();
      for (String id : ids) {
        if (failing.contains(id)) {
          out.add(new IdOutcome(id, FinalState.FAILED, 500, "Internal error", "track-" + id));
        } else {
          out.add(IdOutcome.of(id, FinalState.RESTORED));
        }
      }
      progress.accept(event(jobId, ids.size(), ids.size()));
      int left = (int) out.stream().filter(o -> o.state() == FinalState.RESTORED).count();
      return new RestoreReport(
          jobId, "op", target, NOW, NOW, out, JobState.COMPLETED, left, List.of(), null);
    }

    private static ProgressEvent event(String jobId, int done, int total) {
      return new ProgressEvent(
          jobId,
          done == 0 ? 0 : 1,
          1,
          done,
          total,
          done,
          0,
          ProgressEvent.WaitReason.NONE,
          Duration.ZERO,
          null,
          0);
    }
  }

  /** Answers confirmations with {@code answer} and remembers what was asked and said. */
  public static final class ScriptedDialogs implements DialogService {
    public boolean answer = true;
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> finished = new ArrayList<>();
    public final List<String> saveQuestions = new ArrayList<>();

    /** The answer to save dialogs; null means the operator cancelled. */
    public java.nio.file.Path saveAs;

    @Override
    public boolean confirm(String title, String header, String details) {
      confirmations.add(header + "\n" + details);
      return answer;
    }

    @Override
    public void showError(String title, String message) {
      errors.add(message);
    }

    @Override
    public void jobFinished(String title, String summary) {
      finished.add(summary);
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseSaveFile(
        String title, String suggestedName, String extension) {
      saveQuestions.add(suggestedName);
      return java.util.Optional.ofNullable(saveAs);
    }
  }
}
