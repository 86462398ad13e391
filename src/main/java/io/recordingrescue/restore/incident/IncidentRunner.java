package io.recordingrescue.restore.incident;

import io.recordingrescue.restore.CancellationToken;
import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.JournalException;
import io.recordingrescue.restore.JournalReplay;
import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.restore.ProgressListener;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.RestorePlanner;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.ListScope;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs an incident: one restore-all job per owner through the {@link RestoreEngine} (so each owner
 * is journalled, verified by re-listing that owner's bin and audited like any job), a few owners at
 * once, all behind the client's one rate gate. The incident journal records each owner's job before
 * it sends and its outcome when it ends, so that {@link #resume} skips owners done, resumes started
 * jobs (which look at the bin before sending anything) and starts the rest: no owner is sent twice
 * after its bin was seen empty or its outcome journalled.
 *
 * <p>When an owner's job pauses (429 storm, network down, sign-in) or is cancelled, no further
 * owner is started; the owners running finish their own way, and the incident pauses.
 */
public final class IncidentRunner {
  /** Owners restored at once: enough to overlap listings, few enough to stay under the limits. */
  public static final int DEFAULT_OWNERS_AT_ONCE = 3;

  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final RestoreEngine engine;
  private final IncidentJournal incidents;
  private final Clock clock;
  private final int ownersAtOnce;
  private final SecureRandom random = new SecureRandom();

  public IncidentRunner(
      RestoreEngine engine, IncidentJournal incidents, Clock clock, int ownersAtOnce) {
    if (ownersAtOnce < 1 || ownersAtOnce > 16) {
      throw new IllegalArgumentException("ownersAtOnce must be 1..16, was " + ownersAtOnce);
    }
    this.engine = engine;
    this.incidents = incidents;
    this.clock = clock;
    this.ownersAtOnce = ownersAtOnce;
  }

  /** Journals the plan, then restores its owners. */
  public IncidentReport start(
      IncidentPlan plan,
      String operator,
      IncidentProgress.Listener listener,
      CancellationToken cancel) {
    if (operator == null || operator.isBlank()) {
      throw new IllegalArgumentException("An incident needs the operator for its audit record");
    }
    String id =
        IncidentJournal.newId(
            ID_TIME.format(clock.instant())
                + "-"
                + Integer.toHexString(random.nextInt(0x1000000) | 0x1000000).substring(1));
    try (IncidentJournal.Writer writer = incidents.create(id, operator, plan)) {
      return execute(incidents.replay(id), writer, listener, cancel);
    }
  }

  /** Goes on with an incident that did not end; an ended one just gives its report back. */
  public IncidentReport resume(
      String incidentId, IncidentProgress.Listener listener, CancellationToken cancel) {
    IncidentRecord record = incidents.replay(incidentId);
    if (record.ended()) {
      return report(record, Map.of());
    }
    try (IncidentJournal.Writer writer = incidents.append(incidentId)) {
      writer.resumed();
      return execute(record, writer, listener, cancel);
    }
  }

  /** The report of a journalled incident, as far as its journal tells (for history and audit). */
  public static IncidentReport report(IncidentRecord record) {
    return report(record, Map.of());
  }

  private IncidentReport execute(
      IncidentRecord record,
      IncidentJournal.Writer writer,
      IncidentProgress.Listener listener,
      CancellationToken cancel) {
    Run run = new Run(record, writer, listener == null ? IncidentProgress.Listener.NONE : listener);
    run.adoptOrphans();
    List<String> todo =
        record.owners().stream().filter(o -> !record.done().containsKey(o)).toList();
    Queue<String> queue = new ConcurrentLinkedQueue<>(todo);
    run.emit(ProgressEvent.WaitReason.NONE, Duration.ZERO);
    if (!todo.isEmpty()) {
      int workers = Math.min(ownersAtOnce, todo.size());
      ExecutorService pool =
          Executors.newFixedThreadPool(
              workers,
              r -> {
                Thread t = new Thread(r, "incident-owner");
                t.setDaemon(true);
                return t;
              });
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        tasks.add(
            () -> {
              String owner;
              while (run.stop.get() == null
                  && !cancel.isCancelled()
                  && (owner = queue.poll()) != null) {
                run.restoreOwner(owner, cancel);
              }
              return null;
            });
      }
      try {
        pool.invokeAll(tasks);
      } catch (InterruptedException e) {
        cancel.cancel();
        Thread.currentThread().interrupt();
      } finally {
        pool.shutdown();
      }
    }
    return run.close(cancel);
  }

  /** The state of one run of an incident, shared by its owner workers. */
  private final class Run {
    final IncidentRecord record;
    final IncidentJournal.Writer writer;
    final IncidentProgress.Listener listener;
    final Map<String, String> jobs;
    final Map<String, OwnerResult> results;
    final Map<String, RestoreReport> unfinished = new ConcurrentHashMap<>();
    final Map<String, Integer> liveRestored = new ConcurrentHashMap<>();
    final AtomicReference<JobState> stop = new AtomicReference<>();
    volatile String stopMessage;
    volatile RuntimeException failure;

    Run(IncidentRecord record, IncidentJournal.Writer writer, IncidentProgress.Listener listener) {
      this.record = record;
      this.writer = writer;
      this.listener = listener;
      this.jobs = new ConcurrentHashMap<>(record.started());
      this.results = new ConcurrentHashMap<>(record.done());
    }

    /**
     * A job whose start was not journalled (the app stopped between the job's first line and the
     * incident's) is found by its owner and start time, and resumed rather than doubled.
     */
    void adoptOrphans() {
      List<String> missing =
          record.owners().stream()
              .filter(o -> !results.containsKey(o) && !jobs.containsKey(o))
              .toList();
      if (missing.isEmpty() || record.createdAt() == null) {
        return;
      }
      for (JournalReplay r : engine.journal().unfinished()) {
        if (r.target() instanceof RestoreTarget.AllForOwner a
            && missing.contains(a.owner().value())
            && r.createdAt() != null
            && !r.createdAt().isBefore(record.createdAt())
            && jobs.putIfAbsent(a.owner().value(), r.jobId()) == null) {
          writer.started(a.owner().value(), r.jobId());
        }
      }
    }

    void restoreOwner(String owner, CancellationToken cancel) {
      String existing = jobs.get(owner);
      ProgressListener progress =
          e -> {
            // The engine's first event comes before its first request: the job is journalled
            // here before it sends anything.
            if (jobs.putIfAbsent(owner, e.jobId()) == null) {
              writer.started(owner, e.jobId());
            }
            liveRestored.put(owner, e.restored());
            emit(e.waitReason(), e.waitRemaining());
          };
      RestoreReport report;
      try {
        if (existing != null) {
          report = engine.resume(existing, progress, cancel);
        } else {
          EmailAddress email = EmailAddress.parse(owner);
          report =
              engine.run(
                  new RestorePlanner().plan(new RestoreTarget.AllForOwner(email)),
                  record.operator(),
                  ListScope.owner(email),
                  progress,
                  cancel);
        }
      } catch (JournalException e) {
        failure = e;
        stop(JobState.PAUSED_NETWORK, e.getMessage());
        return;
      } catch (RuntimeException e) {
        stop(JobState.PAUSED_NETWORK, owner + ": stopped by an unexpected error: " + e);
        return;
      } finally {
        liveRestored.remove(owner);
      }
      if (report.completed()) {
        OwnerResult result = OwnerResult.fromCompleted(owner, report);
        try {
          writer.done(result);
        } catch (JournalException e) {
          // The owner's own job journal says it ended: a resume finds that without sending.
          failure = e;
          stop(JobState.PAUSED_NETWORK, e.getMessage());
          return;
        }
        results.put(owner, result);
      } else {
        unfinished.put(owner, report);
        stop(
            report.state(),
            owner
                + ": "
                + (report.stateMessage() == null ? report.state() : report.stateMessage()));
      }
      emit(ProgressEvent.WaitReason.NONE, Duration.ZERO);
    }

    void stop(JobState state, String message) {
      if (stop.compareAndSet(null, state)) {
        stopMessage = message;
      }
    }

    synchronized void emit(ProgressEvent.WaitReason reason, Duration wait) {
      int restored =
          record.owners().stream()
              .mapToInt(
                  o -> {
                    OwnerResult r = results.get(o);
                    return r != null ? r.restored() : liveRestored.getOrDefault(o, 0);
                  })
              .sum();
      int done = (int) record.owners().stream().filter(results::containsKey).count();
      try {
        listener.onProgress(
            new IncidentProgress(
                record.incidentId(),
                done,
                record.owners().size(),
                restored,
                liveRestored.size(),
                reason,
                wait));
      } catch (RuntimeException e) {
        // A broken listener must not stop the incident; the journals record everything.
      }
    }

    IncidentReport close(CancellationToken cancel) {
      boolean allDone = record.owners().stream().allMatch(results::containsKey);
      JobState state;
      String message;
      if (allDone && failure == null) {
        writer.end();
        state = JobState.COMPLETED;
        message = null;
      } else {
        if (stop.get() != null) {
          state = stop.get();
          message = stopMessage;
        } else if (cancel.isCancelled()) {
          state = JobState.CANCELLED;
          message = "Cancelled by the operator.";
        } else {
          state = JobState.PAUSED_NETWORK;
          message = "Stopped before every owner was restored; resume the incident.";
        }
        try {
          writer.paused(state, message);
        } catch (JournalException e) {
          if (failure == null) {
            failure = e;
          }
        }
      }
      emit(ProgressEvent.WaitReason.NONE, Duration.ZERO);
      if (failure != null) {
        throw failure;
      }
      IncidentRecord now =
          new IncidentRecord(
              record.incidentId(),
              record.operator(),
              record.createdAt(),
              record.owners(),
              record.previewCounts(),
              record.excluded(),
              jobs,
              results,
              state == JobState.COMPLETED,
              state == JobState.COMPLETED ? clock.instant() : null,
              state == JobState.COMPLETED ? null : state,
              message,
              record.warnings());
      return report(now, unfinished);
    }
  }

  private static IncidentReport report(
      IncidentRecord record, Map<String, RestoreReport> unfinishedJobs) {
    List<OwnerResult> owners = new ArrayList<>();
    for (String owner : record.owners()) {
      OwnerResult done = record.done().get(owner);
      if (done != null) {
        owners.add(done);
        continue;
      }
      String jobId = record.started().get(owner);
      RestoreReport job = unfinishedJobs.get(owner);
      if (job != null) {
        int before = job.outcomes().size() + job.unsettledIds().size();
        int restored = (int) job.count(FinalState.RESTORED);
        owners.add(
            new OwnerResult(
                owner,
                OwnerResult.State.UNFINISHED,
                before,
                restored,
                before - restored,
                List.of(),
                job.jobId(),
                job.stateMessage()));
      } else if (jobId != null) {
        owners.add(
            new OwnerResult(
                owner,
                OwnerResult.State.UNFINISHED,
                record.previewCounts().getOrDefault(owner, 0),
                0,
                record.previewCounts().getOrDefault(owner, 0),
                List.of(),
                jobId,
                "The owner's job did not finish; resume the incident."));
      } else {
        int count = record.previewCounts().getOrDefault(owner, 0);
        owners.add(
            new OwnerResult(
                owner,
                OwnerResult.State.NOT_STARTED,
                count,
                0,
                count,
                List.of(),
                null,
                "Not started yet; resume the incident."));
      }
    }
    owners.addAll(record.excluded());
    return new IncidentReport(
        record.incidentId(),
        record.operator(),
        record.createdAt(),
        record.endedAt(),
        record.state(),
        record.lastMessage(),
        record.owners().size(),
        owners);
  }
}
