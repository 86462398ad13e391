package io.recordingrescue.restore;

import io.recordingrescue.restore.ProgressEvent.WaitReason;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
  final String jobId;
  final String operator;
  final RestoreTarget target;
  final ListScope scope;
  final Instant startedAt;
  final JournalWriter journal;
  final ProgressListener listener;
  final CancellationToken cancel;
  final List<String> order = new ArrayList<>();
  final Map<String, IdOutcome> settled = new LinkedHashMap<>();
  final Map<String, String[]> meta = new ConcurrentHashMap<>();
  // Where ids should be (given with the job, or learned from a listing) and which of those a
  // listing confirmed: an id confirmed there and then absent from the same listing left the bin.
  final Map<String, IdHint> hints = new ConcurrentHashMap<>();
  final Set<String> placed = ConcurrentHashMap.newKeySet();
  final List<String> warnings = new ArrayList<>();
  final AtomicLong batchSeq = new AtomicLong();
  final AtomicInteger batchesTotal = new AtomicInteger();
  final AtomicInteger batchesDone = new AtomicInteger();
  // Ids Webex accepted that no look has settled yet: progress counts them as done meanwhile.
  private final Set<String> acceptedIds = ConcurrentHashMap.newKeySet();
  private final AtomicLong acceptedUnverified = new AtomicLong();
  private final Clock clock;
  private final Instant runStart;
  private Integer settledAtRunStart;
  volatile Set<String> binBefore;
  volatile JobState stop;
  volatile String stopMessage;
  volatile JournalException journalFailure;
  volatile RuntimeException fatal;
  int leftBin = -1;

  JobRun(
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

  /** Adds the plan's ids in order; inputs that are not ids follow and fail without being sent. */
  void plan(List<String> ids, List<RestorePlan.RejectedId> rejected) {
    order.addAll(ids);
    rejected.forEach(r -> order.add(r.input()));
    settle(
        rejected.stream()
            .map(r -> IdOutcome.failed(r.input(), 0, OutcomeTexts.notSent(r.reason() + "."), null))
            .toList());
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
      meta.putIfAbsent(id, new String[] {r.topic(), r.ownerEmail()});
      if (r.createTime() != null) {
        hints.put(id, new IdHint(r.createTime(), r.ownerEmail()));
        placed.add(id);
      }
    }
  }

  /** Webex accepted a send for the id; it counts as progress until a look settles it. */
  void accepted(String id) {
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

  void journalFailure(JournalException e) {
    if (journalFailure == null) {
      journalFailure = e;
    }
    stop(JobState.PAUSED_NETWORK, e.getMessage());
  }

  void fatal(Throwable e) {
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

  synchronized void emit(WaitReason reason, Duration wait) {
    emit(reason, wait, 0);
  }

  /** {@code searchingWholeBin}: ids being looked for across the whole bin (none known where). */
  synchronized void emit(WaitReason reason, Duration wait, int searchingWholeBin) {
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

  synchronized RestoreReport report(JobState state, String message, List<String> unsettled) {
    return new RestoreReport(
        jobId,
        operator,
        target,
        startedAt,
        clock.instant(),
        ReportParts.outcomesInOrder(order, settled, meta),
        state,
        leftBin,
        unsettled,
        ReportParts.withWarnings(message, warnings));
  }
}
