package io.recordingrescue.restore;

import io.recordingrescue.restore.ProgressEvent.WaitReason;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The state of one run of a job: its ids, their outcomes, why it stops, and its progress. Outcomes
 * are journalled before they count, so a crash never loses one that was reported.
 */
final class JobRun {
  private final String jobId;
  private final String operator;
  private final RestoreTarget target;
  private final ListScope scope;
  private final Instant startedAt;
  private final JournalWriter journal;
  private final ProgressListener listener;
  private final CancellationToken cancel;
  private final List<String> order = new ArrayList<>();
  private final Map<String, IdOutcome> settled = new LinkedHashMap<>();
  private final Map<String, RecordingNote> notes = new ConcurrentHashMap<>();
  // Where ids should be (given with the job, or learned from a listing) and which of those a
  // listing confirmed: an id confirmed there and then absent from the same listing left the bin.
  private final Map<String, IdHint> hints = new ConcurrentHashMap<>();
  private final Set<String> placed = ConcurrentHashMap.newKeySet();
  private final List<String> warnings = new ArrayList<>();
  private final AtomicLong batchSeq = new AtomicLong();
  private final AtomicInteger batchesTotal = new AtomicInteger();
  private final AtomicInteger batchesDone = new AtomicInteger();
  // Ids Webex accepted that no look has settled yet: progress counts them as done meanwhile.
  private final Set<String> acceptedIds = ConcurrentHashMap.newKeySet();
  private final AtomicLong acceptedUnverified = new AtomicLong();
  private final Clock clock;
  private final Instant runStart;
  private Integer settledAtRunStart;
  private volatile Set<String> binBefore;
  private volatile JobState stop;
  private volatile String stopMessage;
  private volatile JournalException journalFailure;
  private volatile RuntimeException fatal;

  private JobRun(
      String jobId,
      String operator,
      RestoreTarget target,
      ListScope scope,
      Instant startedAt,
      JournalWriter journal,
      ProgressListener listener,
      CancellationToken cancel,
      Clock clock) {
    this.jobId = jobId;
    this.operator = operator;
    this.target = target;
    this.scope = scope;
    this.startedAt = startedAt;
    this.journal = journal;
    this.listener = listener == null ? ProgressListener.NONE : listener;
    this.cancel = cancel == null ? new CancellationToken() : cancel;
    this.clock = clock;
    this.runStart = clock.instant();
  }

  /**
   * A new job from its plan, whose header is journalled already: the plan's ids in order, then the
   * inputs that are not ids (settled as failed, never sent), and the hints given with the job.
   */
  static JobRun planned(
      String jobId,
      String operator,
      RestorePlan plan,
      ListScope scope,
      JournalWriter journal,
      ProgressListener listener,
      CancellationToken cancel,
      Clock clock) {
    JobRun job =
        new JobRun(
            jobId,
            operator,
            plan.target(),
            scope,
            clock.instant(),
            journal,
            listener,
            cancel,
            clock);
    job.plan(plan.ids(), plan.rejected());
    job.hints.putAll(plan.hints());
    return job;
  }

  /**
   * A job as its journal left it, to be finished: what was settled stays settled, what the first
   * look saw (the bin before, where ids were, their topics) is known again. The only place a
   * resumed run is built.
   */
  static JobRun replayed(
      JournalReplay replay,
      JournalWriter journal,
      ProgressListener listener,
      CancellationToken cancel,
      Clock clock) {
    JobRun job =
        new JobRun(
            replay.jobId(),
            replay.operator(),
            replay.target(),
            BinScopes.parse(replay.scope()),
            replay.createdAt(),
            journal,
            listener,
            cancel,
            clock);
    job.settled.putAll(replay.outcomes());
    job.notes.putAll(replay.notes());
    job.hints.putAll(replay.hints());
    job.placed.addAll(replay.placed());
    job.warnings.addAll(replay.warnings());
    if (replay.binBefore() != null) {
      job.binBefore = new LinkedHashSet<>(replay.binBefore());
    }
    if (replay.restoreAll()) {
      if (job.binBefore != null) {
        job.order.addAll(job.binBefore);
      }
    } else {
      job.plan(replay.ids(), replay.rejected());
    }
    return job;
  }

  /** Adds the plan's ids in order; inputs that are not ids follow and fail without being sent. */
  private void plan(List<String> ids, List<RestorePlan.RejectedId> rejected) {
    order.addAll(ids);
    rejected.forEach(r -> order.add(r.input()));
    settle(
        rejected.stream()
            .map(r -> IdOutcome.failed(r.input(), 0, OutcomeTexts.notSent(r.reason() + "."), null))
            .toList());
  }

  String jobId() {
    return jobId;
  }

  RestoreTarget target() {
    return target;
  }

  boolean byIds() {
    return target instanceof RestoreTarget.ByIds;
  }

  /** The bin that holds the job's ids. */
  ListScope scope() {
    return scope;
  }

  /** Where ids should be, as far as the job knows (read-only). */
  Map<String, IdHint> hints() {
    return Collections.unmodifiableMap(hints);
  }

  /** Whether a listing showed the id where its hint says. */
  boolean placed(String id) {
    return placed.contains(id);
  }

  /** The ids among {@code ids} the job knows nothing of where they are. */
  List<String> withoutHints(Collection<String> ids) {
    return ids.stream().filter(id -> !hints.containsKey(id)).toList();
  }

  /** Hints learned elsewhere (the details endpoint); never replace one the job had. */
  void hintIfUnknown(Map<String, IdHint> learned) {
    learned.forEach(hints::putIfAbsent);
  }

  /** The ids in the bin when the job first looked; null before that look. */
  Set<String> binBefore() {
    return binBefore;
  }

  boolean lookedAtBin() {
    return binBefore != null;
  }

  /** The first look of a job by ids: the ids still in the bin, journalled with what it saw. */
  void sawInBin(Collection<String> ids) {
    binBefore = new LinkedHashSet<>(ids);
    journal.binBefore(ids, notes, hints, placed);
  }

  /** The first look of a restore-all job: every id in the bin becomes one of the job's ids. */
  void sawWholeBin(Set<String> ids) {
    binBefore = ids;
    order.addAll(ids);
    journal.binBefore(ids, notes, hints, placed);
  }

  /** Journals a send (synced) before the request leaves; returns its batch number. */
  long journalSend(List<String> ids) {
    long batchId = batchSeq.incrementAndGet();
    journal.send(batchId, ids);
    return batchId;
  }

  /** Journals what a sent request came back with: accepted, unknown, rateLimited, error. */
  void journalSent(long batchId, String result, int status) {
    journal.sent(batchId, result, status);
  }

  /** One more batch to send (progress counts batches). */
  void batchPlanned() {
    batchesTotal.incrementAndGet();
  }

  void batchDone() {
    batchesDone.incrementAndGet();
  }

  /** A restore-all job sends one call: it is the job's only batch. */
  void onlyBatchPlanned() {
    batchesTotal.compareAndSet(0, 1);
  }

  void onlyBatchDone() {
    batchesDone.set(1);
  }

  /** Journals and keeps the outcomes of ids not settled yet; others are ignored. */
  synchronized void settle(Collection<IdOutcome> outcomes) {
    List<IdOutcome> fresh = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (IdOutcome o : outcomes) {
      if (!settled.containsKey(o.id()) && seen.add(o.id())) {
        fresh.add(o);
      }
    }
    if (fresh.isEmpty()) {
      return;
    }
    journal.outcomes(fresh);
    fresh.forEach(o -> settled.put(o.id(), o));
  }

  synchronized long countSettled(FinalState state) {
    return settled.values().stream().filter(o -> o.state() == state).count();
  }

  synchronized List<String> unsettled() {
    return order.stream().filter(id -> !settled.containsKey(id)).toList();
  }

  /** What a listing showed of an id: its label for the audit, and where it is. */
  void remember(String id, Recording r) {
    if (r != null) {
      notes.putIfAbsent(id, new RecordingNote(r.topic(), r.ownerEmail()));
      if (r.createTime() != null) {
        hints.put(id, new IdHint(r.createTime(), r.ownerEmail()));
        placed.add(id);
      }
    }
  }

  /** Webex accepted a send for the id; it counts as progress until a look settles it. */
  void accept(String id) {
    if (acceptedIds.add(id)) {
      acceptedUnverified.incrementAndGet();
    }
  }

  /** The ids were looked at: those accepted before no longer count twice. */
  void looked(Collection<String> ids) {
    long n = 0;
    for (String id : ids) {
      if (acceptedIds.remove(id)) {
        n++;
      }
    }
    acceptedUnverified.addAndGet(-n);
  }

  /** The first reason to stop wins; later ones would hide it. */
  void stop(JobState state, String message) {
    synchronized (this) {
      if (stop == null) {
        stop = state;
        stopMessage = message;
      }
    }
  }

  /** Why the job stops, if it does. */
  JobState stopState() {
    return stop;
  }

  /** The journal could not be written: nothing more may be sent. */
  void journalFailed(JournalException e) {
    if (journalFailure == null) {
      journalFailure = e;
    }
    stop(JobState.PAUSED_NETWORK, e.getMessage());
  }

  boolean journalBroken() {
    return journalFailure != null;
  }

  void failed(Throwable e) {
    if (fatal == null) {
      fatal =
          e instanceof RuntimeException re
              ? re
              : new IllegalStateException("The restore engine failed", e);
    }
    stop(JobState.PAUSED_NETWORK, "Stopped by an unexpected error: " + e);
  }

  boolean stopping() {
    return stop != null;
  }

  boolean stoppingOrCancelled() {
    if (stop == null && cancel.isCancelled()) {
      stop(JobState.CANCELLED, "Cancelled by the operator; resume the job to finish it.");
    }
    return stop != null;
  }

  synchronized void progress(WaitReason reason, Duration wait) {
    progress(reason, wait, 0);
  }

  /** {@code searchingWholeBin}: ids being looked for across the whole bin (none known where). */
  synchronized void progress(WaitReason reason, Duration wait, int searchingWholeBin) {
    int total = order.size();
    int restored = 0;
    int failed = 0;
    for (IdOutcome o : settled.values()) {
      if (o.state() == FinalState.RESTORED) {
        restored++;
      } else if (o.state() == FinalState.FAILED || o.state() == FinalState.NOT_FOUND) {
        failed++;
      }
    }
    long unverified = Math.max(0, acceptedUnverified.get());
    int done = (int) Math.min(total, settled.size() + unverified);
    if (settledAtRunStart == null) {
      settledAtRunStart = done;
    }
    ProgressEvent event =
        new ProgressEvent(
            jobId,
            batchesDone.get(),
            Math.max(batchesTotal.get(), batchesDone.get()),
            done,
            total,
            restored + (int) unverified,
            failed,
            reason,
            wait,
            eta(done, total),
            searchingWholeBin);
    try {
      listener.onProgress(event);
    } catch (RuntimeException e) {
      // A broken listener must not break the job; the journal still records everything.
    }
  }

  /** Time left at this run's pace so far; none before anything moved. */
  private Duration eta(int done, int total) {
    Duration elapsed = Duration.between(runStart, clock.instant());
    int progressed = done - settledAtRunStart;
    if (progressed > 0 && !elapsed.isZero()) {
      return elapsed.multipliedBy(total - done).dividedBy(progressed);
    }
    return null;
  }

  /**
   * Closes the run: the journal's last word (ended, or paused and why), the final progress event
   * and the report. A job that stopped early keeps its place for a resume.
   *
   * @throws JournalException when the journal failed during the run
   */
  RestoreReport finish() {
    if (journalFailure != null) {
      throw journalFailure;
    }
    if (fatal != null) {
      journal.paused(JobState.PAUSED_NETWORK, "Stopped by an unexpected error.");
      throw fatal;
    }
    if (stop == null && cancel.isCancelled()) {
      stop(JobState.CANCELLED, "Cancelled by the operator.");
    }
    List<String> unsettled = unsettled();
    JobState state;
    String message;
    int leftBin = -1;
    // Without the first look there is no list of ids yet, so nothing can be complete.
    if (unsettled.isEmpty() && binBefore != null) {
      if (!byIds()) {
        leftBin = (int) countSettled(FinalState.RESTORED);
      }
      journal.end(leftBin);
      state = JobState.COMPLETED;
      message = null;
    } else {
      state = stop != null ? stop : JobState.PAUSED_NETWORK;
      message =
          stop != null
              ? stopMessage
              : unsettled.size() + " ids could not be settled; resume the job to finish.";
      journal.paused(state, message);
    }
    progress(
        state == JobState.PAUSED_SIGN_IN ? WaitReason.SIGN_IN_REQUIRED : WaitReason.NONE,
        Duration.ZERO);
    return report(state, message, leftBin, unsettled);
  }

  private synchronized RestoreReport report(
      JobState state, String message, int leftBin, List<String> unsettled) {
    return new RestoreReport(
        jobId,
        operator,
        target,
        startedAt,
        clock.instant(),
        ReportParts.outcomesInOrder(order, settled, notes),
        state,
        leftBin,
        unsettled,
        ReportParts.withWarnings(message, warnings));
  }
}
