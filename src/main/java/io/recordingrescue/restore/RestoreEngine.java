package io.recordingrescue.restore;

import io.recordingrescue.restore.ProgressEvent.WaitReason;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.InvalidRequestException;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.RateGate;
import io.recordingrescue.webex.RateLimitedException;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RestoreRequest;
import io.recordingrescue.webex.ServerErrorException;
import io.recordingrescue.webex.SignInRequiredException;
import io.recordingrescue.webex.Sleeper;
import io.recordingrescue.webex.WebexApiException;
import io.recordingrescue.webex.WebexNetworkException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs restore jobs so that no id is lost or reported twice.
 *
 * <ul>
 *   <li>Looks first: which ids are in the bin, already available or unknown to Webex.
 *   <li>Sends batches of at most 100 ids from a few workers; every worker waits at the shared
 *       {@link RateGate}; a 429 closes it for {@code Retry-After} (or a growing default) and halves
 *       the number of calls in flight, which then climbs back one by one.
 *   <li>Retries 5xx and connection failures with exponential backoff and jitter, a bounded number
 *       of times; a 4xx that refuses a batch splits it until the refused ids are pinned down.
 *   <li>Never trusts a 204 or assumes a broken connection failed: after each round it looks again
 *       (details for a few ids, one bin listing for many); ids still in the bin are sent again, a
 *       bounded number of rounds.
 *   <li>Journals the plan, each send (before it leaves) and each outcome, synced to disk, so that
 *       {@link #resume} finishes a job after a crash, a sign-in pause or a cancel.
 * </ul>
 */
public final class RestoreEngine {

  /**
   * Tuning. {@code concurrency}: restore calls in flight at most; {@code maxAttempts}: sends of a
   * batch per round on 5xx or connection failures; {@code maxRateLimited}: 429s one batch may get
   * before the job pauses; {@code maxRounds}: send-and-verify rounds before an id still in the bin
   * is failed; {@code detailsThreshold}: up to this many ids are verified one by one, more by one
   * bin listing.
   */
  public record Options(
      int concurrency,
      int maxAttempts,
      Duration baseBackoff,
      Duration maxBackoff,
      Duration defaultRateLimitWait,
      int maxRateLimited,
      int maxRounds,
      int detailsThreshold) {

    public Options {
      if (concurrency < 1 || concurrency > 32) {
        throw new IllegalArgumentException("concurrency must be 1..32, was " + concurrency);
      }
      if (maxAttempts < 1 || maxRateLimited < 1 || maxRounds < 1 || detailsThreshold < 0) {
        throw new IllegalArgumentException("attempts, rounds must be at least 1");
      }
      Objects.requireNonNull(baseBackoff);
      Objects.requireNonNull(maxBackoff);
      Objects.requireNonNull(defaultRateLimitWait);
    }

    /** 4 workers, 5 attempts from 0.5 s up to 30 s, 5 s when Retry-After is missing. */
    public static Options defaults() {
      return new Options(
          4, 5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(5), 30, 3, 50);
    }

    public Options withConcurrency(int n) {
      return new Options(
          n,
          maxAttempts,
          baseBackoff,
          maxBackoff,
          defaultRateLimitWait,
          maxRateLimited,
          maxRounds,
          detailsThreshold);
    }

    public Options withBackoff(Duration base, Duration max, Duration rateLimitDefault) {
      return new Options(
          concurrency,
          maxAttempts,
          base,
          max,
          rateLimitDefault,
          maxRateLimited,
          maxRounds,
          detailsThreshold);
    }

    public Options withDetailsThreshold(int n) {
      return new Options(
          concurrency,
          maxAttempts,
          baseBackoff,
          maxBackoff,
          defaultRateLimitWait,
          maxRateLimited,
          maxRounds,
          n);
    }

    /** Backoff before attempt {@code n + 1}: exponential, capped, half of it random. */
    Duration backoff(int n) {
      long cap = Math.min(maxBackoff.toMillis(), baseBackoff.toMillis() << Math.min(n - 1, 20));
      return Duration.ofMillis(cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1));
    }

    Duration rateLimitWait(Duration retryAfter, int n) {
      Duration wanted =
          retryAfter != null
              ? retryAfter
              : defaultRateLimitWait.multipliedBy(1L << Math.min(n - 1, 4));
      return wanted.compareTo(maxBackoff) > 0 ? maxBackoff : wanted;
    }
  }

  private static final DateTimeFormatter JOB_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final RestoreGateway gateway;
  private final Journal journal;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Options options;
  private final Verifier verifier;
  private final EngineStats stats = new EngineStats();
  private final SecureRandom random = new SecureRandom();

  public RestoreEngine(
      RestoreGateway gateway, Journal journal, Clock clock, Sleeper sleeper, Options options) {
    this.gateway = gateway;
    this.journal = journal;
    this.clock = clock;
    this.sleeper = sleeper;
    this.options = options;
    this.verifier = new Verifier(gateway, options.detailsThreshold());
  }

  public EngineStats stats() {
    return stats;
  }

  public Journal journal() {
    return journal;
  }

  /**
   * Runs a new job to its end, a pause or a cancel. {@code binScope} is the bin that holds the ids
   * of a job by ids ({@link ListScope#mine()} for a user, {@link ListScope#org()} for an admin);
   * restore-all jobs list their owner's bin and ignore it.
   *
   * @throws JournalException when the journal cannot be written (nothing more is sent)
   */
  public RestoreReport run(
      RestorePlan plan,
      String operator,
      ListScope binScope,
      ProgressListener listener,
      CancellationToken cancel) {
    if (operator == null || operator.isBlank()) {
      throw new InvalidRequestException(
          "A job needs the operator's name or e-mail: it goes into the audit record.");
    }
    ListScope scope = scopeFor(plan.target(), binScope);
    String jobId =
        JOB_TIME.format(clock.instant())
            + "-"
            + Integer.toHexString(random.nextInt(0x1000000) | 0x1000000).substring(1);
    try (JournalWriter writer = journal.create(jobId)) {
      writer.header(jobId, operator, plan.target(), scopeText(scope), plan.ids(), plan.rejected());
      List<String> order = new ArrayList<>(plan.ids());
      plan.rejected().forEach(r -> order.add(r.input()));
      Job job =
          new Job(jobId, operator, plan.target(), scope, clock.instant(), writer, listener, cancel);
      job.order.addAll(order);
      job.settle(
          plan.rejected().stream()
              .map(r -> IdOutcome.failed(r.input(), 0, "Not sent: " + r.reason() + ".", null))
              .toList());
      return execute(job);
    }
  }

  /** Runs with no listener and no way to cancel. */
  public RestoreReport run(RestorePlan plan, String operator, ListScope binScope) {
    return run(plan, operator, binScope, ProgressListener.NONE, new CancellationToken());
  }

  /**
   * Finishes a job from its journal: looks where the unsettled ids are now (a call in flight when
   * the app stopped may have restored them), then sends what is still in the bin. A job that had
   * ended just gives its report back.
   */
  public RestoreReport resume(String jobId, ProgressListener listener, CancellationToken cancel) {
    JournalReplay replay = journal.replay(jobId);
    if (replay.ended()) {
      return replay.toReport();
    }
    try (JournalWriter writer = journal.append(jobId)) {
      Job job =
          new Job(
              replay.jobId(),
              replay.operator(),
              replay.target(),
              parseScope(replay.scope()),
              replay.createdAt(),
              writer,
              listener,
              cancel);
      job.settled.putAll(replay.outcomes());
      job.meta.putAll(replay.meta());
      job.detailsOnly.addAll(replay.detailsOnly());
      job.warnings.addAll(replay.warnings());
      if (replay.binBefore() != null) {
        job.binBefore = new LinkedHashSet<>(replay.binBefore());
      }
      if (replay.restoreAll()) {
        if (job.binBefore != null) {
          job.order.addAll(job.binBefore);
        }
      } else {
        job.order.addAll(replay.ids());
        replay.rejected().forEach(r -> job.order.add(r.input()));
        job.settle(
            replay.rejected().stream()
                .map(r -> IdOutcome.failed(r.input(), 0, "Not sent: " + r.reason() + ".", null))
                .toList());
      }
      return execute(job);
    }
  }

  private RestoreReport execute(Job job) {
    boolean interrupted = false;
    job.emit(WaitReason.NONE, Duration.ZERO);
    try {
      if (job.target instanceof RestoreTarget.ByIds) {
        executeByIds(job);
      } else {
        executeAll(job);
      }
    } catch (SignInRequiredException e) {
      job.stop(JobState.PAUSED_SIGN_IN, signInMessage());
    } catch (InterruptedException e) {
      interrupted = true;
      job.stop(JobState.CANCELLED, "The job was interrupted; resume it to finish.");
    }
    try {
      if (job.journalFailure != null) {
        throw job.journalFailure;
      }
      if (job.fatal != null) {
        job.journal.paused(JobState.PAUSED_NETWORK, "Stopped by an unexpected error.");
        throw job.fatal;
      }
      if (job.stop == null && job.cancel.isCancelled()) {
        job.stop(JobState.CANCELLED, "Cancelled by the operator.");
      }
      List<String> unsettled = job.unsettled();
      JobState state;
      String message;
      // Without the first look there is no list of ids yet, so nothing can be complete.
      if (unsettled.isEmpty() && job.binBefore != null) {
        if (job.target instanceof RestoreTarget.ByIds) {
          job.leftBin = -1;
        } else {
          job.leftBin = (int) job.countSettled(FinalState.RESTORED);
        }
        job.journal.end(job.leftBin);
        state = JobState.COMPLETED;
        message = null;
      } else {
        state = job.stop != null ? job.stop : JobState.PAUSED_NETWORK;
        message =
            job.stop != null
                ? job.stopMessage
                : unsettled.size() + " ids could not be settled; resume the job to finish.";
        job.journal.paused(state, message);
      }
      job.emit(
          state == JobState.PAUSED_SIGN_IN ? WaitReason.SIGN_IN_REQUIRED : WaitReason.NONE,
          Duration.ZERO);
      return job.report(state, message, unsettled);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  // ---------------------------------------------------------------- jobs by ids

  private void executeByIds(Job job) throws InterruptedException {
    List<String> remaining = job.unsettledPlanned();
    List<String> pending;
    if (job.binBefore == null) {
      job.emit(WaitReason.VERIFYING, Duration.ZERO);
      stats.verifications.incrementAndGet();
      Map<String, Seen> seen = verifier.look(remaining, job.scope, id -> true);
      pending = new ArrayList<>();
      List<IdOutcome> known = new ArrayList<>();
      for (String id : remaining) {
        Seen s = seen.get(id);
        job.remember(id, s.recording());
        switch (s.where()) {
          case IN_BIN, UNKNOWN, REFUSED -> {
            // Refused or unknown: sending settles it (a 403 is pinned as FAILED with its reason).
            pending.add(id);
            if (!s.listed()) {
              job.detailsOnly.add(id);
            }
          }
          case AVAILABLE, NOT_IN_BIN -> known.add(IdOutcome.of(id, FinalState.ALREADY_AVAILABLE));
          case GONE ->
              known.add(
                  new IdOutcome(
                      id, FinalState.NOT_FOUND, 404, "Webex does not know this recording.", null));
        }
      }
      job.settle(known);
      job.binBefore = new LinkedHashSet<>(pending);
      job.journal.binBefore(pending, job.meta, job.detailsOnly);
    } else {
      pending = new ArrayList<>(verify(job, remaining).keySet());
    }

    Map<String, Sent> lastSent = Map.of();
    Map<String, Seen.Where> lastSeen = Map.of();
    int round = 0;
    while (!pending.isEmpty() && !job.stopping() && round < options.maxRounds()) {
      round++;
      Round r = new Round(job);
      r.run(pending);
      lastSent = r.sent;
      if (r.sent.isEmpty() || job.journalFailure != null) {
        break;
      }
      // Also after a pause or cancel: what was sent is settled now if Webex can be looked at.
      Map<String, Seen.Where> still;
      try {
        still = verify(job, r.sent.keySet());
      } catch (SignInRequiredException e) {
        job.stop(JobState.PAUSED_SIGN_IN, signInMessage());
        break;
      }
      still.forEach(
          (id, where) -> {
            Sent how = r.sent.get(id);
            if (where == Seen.Where.IN_BIN && how.error == null && !how.unknown) {
              stats.stillInBinAfterAccepted.incrementAndGet();
            }
          });
      lastSeen = still;
      pending = new ArrayList<>(still.keySet());
    }
    if (job.stopping() || pending.isEmpty()) {
      return;
    }
    List<IdOutcome> failed = new ArrayList<>();
    int unknown = 0;
    for (String id : pending) {
      Sent sent = lastSent.get(id);
      if (lastSeen.get(id) == Seen.Where.UNKNOWN) {
        unknown++;
      } else if (lastSeen.get(id) == Seen.Where.REFUSED) {
        failed.add(
            IdOutcome.failed(
                id,
                403,
                "Webex accepted the restore but will not show this recording (403), so it could"
                    + " not be verified.",
                null));
      } else if (sent != null && sent.error != null) {
        WebexApiException e = sent.error;
        failed.add(
            IdOutcome.failed(
                id,
                e.status(),
                "Webex kept failing (" + e.status() + "): " + webexText(e),
                e.trackingId().orElse(null)));
      } else {
        failed.add(
            IdOutcome.failed(
                id,
                204,
                "Webex accepted the restore "
                    + options.maxRounds()
                    + " times (204) but the recording is still in the recycle bin.",
                null));
      }
    }
    job.settle(failed);
    if (unknown > 0) {
      job.stop(
          JobState.PAUSED_NETWORK,
          unknown
              + " ids could not be checked because Webex could not be reached; resume the job"
              + " when the network is back.");
    }
  }

  /**
   * Looks where sent (or resumed) ids are and settles those that left the bin. Returns the ids
   * still to be sent and why: in the bin, or could not be looked at.
   */
  private Map<String, Seen.Where> verify(Job job, Collection<String> ids)
      throws InterruptedException {
    Map<String, Seen.Where> still = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return still;
    }
    job.emit(WaitReason.VERIFYING, Duration.ZERO);
    stats.verifications.incrementAndGet();
    Map<String, Seen> seen = verifier.look(ids, job.scope, job.detailsOnly::contains);
    List<IdOutcome> done = new ArrayList<>();
    for (String id : ids) {
      Seen s = seen.get(id);
      job.remember(id, s.recording());
      switch (s.where()) {
        case NOT_IN_BIN, AVAILABLE ->
            done.add(
                IdOutcome.of(
                    id,
                    job.binBefore.contains(id)
                        ? FinalState.RESTORED
                        : FinalState.ALREADY_AVAILABLE));
        case GONE ->
            done.add(
                new IdOutcome(
                    id,
                    FinalState.NOT_FOUND,
                    404,
                    "The recording disappeared from the bin without being restored (purged?).",
                    null));
        case IN_BIN, UNKNOWN, REFUSED -> still.put(id, s.where());
      }
    }
    job.settle(done);
    job.acceptedUnverified.addAndGet(-countSettledAmong(job, ids));
    return still;
  }

  private static long countSettledAmong(Job job, Collection<String> ids) {
    long n = 0;
    for (String id : ids) {
      if (job.acceptedIds.remove(id)) {
        n++;
      }
    }
    return n;
  }

  /** How a sent batch ended for its ids: 204, unknown outcome, or a last error (5xx). */
  private record Sent(WebexApiException error, boolean unknown) {}

  /** A batch on its way: how often it was sent and throttled this round. */
  private record Batch(List<String> ids, int attempts, int rateLimited) {}

  /** One round of sends with a small pool of workers. */
  private final class Round {
    private final Job job;
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    private final AdaptiveLimit limit = new AdaptiveLimit(options.concurrency());
    private final Object lock = new Object();
    private int outstanding;
    private ExecutorService pool;

    Round(Job job) {
      this.job = job;
    }

    void run(List<String> ids) throws InterruptedException {
      pool =
          Executors.newFixedThreadPool(
              options.concurrency(),
              task -> {
                Thread t = new Thread(task, "restore-" + job.jobId);
                t.setDaemon(true);
                return t;
              });
      try {
        for (List<String> b : RestorePlan.batches(ids)) {
          submit(new Batch(b, 0, 0), true);
        }
        boolean interrupted = false;
        synchronized (lock) {
          while (outstanding > 0) {
            try {
              lock.wait();
            } catch (InterruptedException e) {
              // Stop sending, but let the calls in flight come back so their ids are journalled.
              interrupted = true;
              job.stop(JobState.CANCELLED, "The job was interrupted; resume it to finish.");
            }
          }
        }
        if (interrupted) {
          throw new InterruptedException();
        }
      } finally {
        pool.shutdownNow();
      }
    }

    private void submit(Batch b, boolean fresh) {
      if (fresh) {
        job.batchesTotal.incrementAndGet();
      }
      synchronized (lock) {
        outstanding++;
      }
      pool.execute(
          () -> {
            try {
              process(b);
            } catch (JournalException e) {
              job.journalFailure(e);
            } catch (SignInRequiredException e) {
              job.stop(JobState.PAUSED_SIGN_IN, signInMessage());
            } catch (InterruptedException e) {
              job.stop(JobState.CANCELLED, "The job was interrupted; resume it to finish.");
            } catch (RuntimeException | Error e) {
              job.fatal(e);
            } finally {
              synchronized (lock) {
                if (--outstanding == 0) {
                  lock.notifyAll();
                }
              }
            }
          });
    }

    private void process(Batch b) throws InterruptedException {
      if (job.stoppingOrCancelled()) {
        job.batchesDone.incrementAndGet();
        return;
      }
      waitAtGate(job);
      long generation = limit.acquire();
      boolean rateLimited = false;
      RuntimeException failure = null;
      long batchId;
      try {
        if (job.stoppingOrCancelled()) {
          job.batchesDone.incrementAndGet();
          return;
        }
        batchId = job.batchSeq.incrementAndGet();
        job.journal.send(batchId, b.ids());
        stats.requests.incrementAndGet();
        try {
          gateway.restore(RestoreRequest.byIds(b.ids()));
        } catch (RateLimitedException e) {
          rateLimited = true;
          failure = e;
        } catch (RuntimeException e) {
          failure = e;
        }
      } finally {
        limit.release(generation, rateLimited);
        stats.sawConcurrency(limit.limit());
      }
      handle(b, batchId, failure);
    }

    private void handle(Batch b, long batchId, RuntimeException failure)
        throws InterruptedException {
      if (failure == null) {
        stats.accepted.incrementAndGet();
        job.journal.sent(batchId, "accepted", 204);
        markSent(b, null, false);
      } else if (failure instanceof RateLimitedException e) {
        stats.rateLimited.incrementAndGet();
        job.journal.sent(batchId, "rateLimited", e.status());
        int n = b.rateLimited() + 1;
        gateway.rateGate().closeFor(options.rateLimitWait(e.retryAfter().orElse(null), n));
        if (n >= options.maxRateLimited()) {
          job.stop(
              JobState.PAUSED_NETWORK,
              "Webex kept answering 429 (too many requests) "
                  + n
                  + " times for one batch; the job was paused. Resume it later.");
          job.batchesDone.incrementAndGet();
        } else {
          stats.retries.incrementAndGet();
          submit(new Batch(b.ids(), b.attempts(), n), false);
        }
      } else if (failure instanceof ServerErrorException e) {
        stats.serverErrors.incrementAndGet();
        job.journal.sent(batchId, "error", e.status());
        retryOr(b, () -> markSent(b, e, false)); // it may have been applied: verification decides
      } else if (failure instanceof WebexNetworkException e) {
        if (e.outcomeUnknown()) {
          stats.unknownOutcomes.incrementAndGet();
          job.journal.sent(batchId, "unknown", 0);
          markSent(b, null, true);
        } else {
          stats.connectionFailures.incrementAndGet();
          job.journal.sent(batchId, "notSent", 0);
          retryOr(
              b,
              () -> {
                job.stop(
                    JobState.PAUSED_NETWORK,
                    "Cannot reach Webex ("
                        + e.getMessage()
                        + "); the job was paused. Resume it when the network is back.");
                job.batchesDone.incrementAndGet();
              });
        }
      } else if (failure instanceof SignInRequiredException e) {
        job.journal.sent(batchId, "error", 401);
        job.stop(JobState.PAUSED_SIGN_IN, signInMessage());
        job.batchesDone.incrementAndGet();
      } else if (failure instanceof WebexApiException e) {
        job.journal.sent(batchId, "error", e.status());
        refused(b, e);
      } else if (failure instanceof InvalidRequestException e) {
        job.settle(
            b.ids().stream()
                .map(id -> IdOutcome.failed(id, 0, "Not sent: " + e.getMessage(), null))
                .toList());
        job.batchesDone.incrementAndGet();
      } else {
        throw failure;
      }
      job.emit(WaitReason.NONE, Duration.ZERO);
    }

    private void retryOr(Batch b, Runnable giveUp) throws InterruptedException {
      int attempts = b.attempts() + 1;
      if (attempts >= options.maxAttempts() || job.stoppingOrCancelled()) {
        giveUp.run();
        return;
      }
      Duration wait = options.backoff(attempts);
      job.emit(WaitReason.RETRY_BACKOFF, wait);
      sleeper.sleep(wait);
      stats.retries.incrementAndGet();
      submit(new Batch(b.ids(), attempts, b.rateLimited()), false);
    }

    private void markSent(Batch b, WebexApiException error, boolean unknown) {
      for (String id : b.ids()) {
        sent.put(id, new Sent(error, unknown));
        if (job.acceptedIds.add(id)) {
          job.acceptedUnverified.incrementAndGet();
        }
      }
      job.batchesDone.incrementAndGet();
    }

    /** A 4xx refused the batch: pin named ids, else split it until single ids are refused. */
    private void refused(Batch b, WebexApiException e) {
      job.batchesDone.incrementAndGet();
      if (b.ids().size() == 1) {
        pin(b.ids().get(0), e);
        return;
      }
      Set<String> named = namedIn(b.ids(), e);
      stats.splits.incrementAndGet();
      if (!named.isEmpty() && named.size() < b.ids().size()) {
        List<String> rest = new ArrayList<>();
        for (String id : b.ids()) {
          if (named.contains(id)) {
            pin(id, e);
          } else {
            rest.add(id);
          }
        }
        submit(new Batch(rest, 0, 0), true);
        return;
      }
      int half = b.ids().size() / 2;
      submit(new Batch(List.copyOf(b.ids().subList(0, half)), 0, 0), true);
      submit(new Batch(List.copyOf(b.ids().subList(half, b.ids().size())), 0, 0), true);
    }

    /** One id refused: look at it, because a refused id may already have been restored. */
    private void pin(String id, WebexApiException e) {
      stats.pinned.incrementAndGet();
      Seen s = verifier.details(id);
      job.remember(id, s.recording());
      String tracking = e.trackingId().orElse(null);
      boolean notFound = e.status() == 404 || e.status() == 410;
      IdOutcome outcome =
          switch (s.where()) {
            case AVAILABLE, NOT_IN_BIN ->
                IdOutcome.of(
                    id,
                    job.binBefore.contains(id)
                        ? FinalState.RESTORED
                        : FinalState.ALREADY_AVAILABLE);
            case GONE ->
                new IdOutcome(id, FinalState.NOT_FOUND, e.status(), webexText(e), tracking);
            case IN_BIN, UNKNOWN, REFUSED ->
                notFound
                    ? new IdOutcome(id, FinalState.NOT_FOUND, e.status(), webexText(e), tracking)
                    : IdOutcome.failed(id, e.status(), refusalText(e), tracking);
          };
      job.settle(List.of(outcome));
    }
  }

  /** Ids of the batch that Webex's error text names. */
  private static Set<String> namedIn(List<String> ids, WebexApiException e) {
    String text = e.webexMessage() + "\n" + String.join("\n", e.errorDescriptions());
    Set<String> named = new HashSet<>();
    for (String id : ids) {
      if (text.contains(id)) {
        named.add(id);
      }
    }
    return named;
  }

  private static String webexText(WebexApiException e) {
    String m = e.webexMessage();
    if (m.isBlank() && !e.errorDescriptions().isEmpty()) {
      m = String.join("; ", e.errorDescriptions());
    }
    return m.isBlank() ? "Webex answered " + e.status() + "." : m;
  }

  private static String refusalText(WebexApiException e) {
    if (e.status() == 403) {
      return "Forbidden: the recording belongs to another owner, or this account lacks the role"
          + " to restore it (Webex: "
          + webexText(e)
          + ")";
    }
    return "Webex refused to restore it (" + e.status() + "): " + webexText(e);
  }

  private static String signInMessage() {
    return "Webex no longer accepts the sign-in and it could not be renewed. Sign in again, then"
        + " resume the job: it keeps its place.";
  }

  private void waitAtGate(Job job) throws InterruptedException {
    RateGate gate = gateway.rateGate();
    Duration left = gate.remaining();
    if (!left.isZero()) {
      job.emit(WaitReason.RATE_LIMITED, left);
    }
    gate.awaitOpen();
  }

  // ---------------------------------------------------------------- restore all

  private void executeAll(Job job) throws InterruptedException {
    boolean looked = false;
    if (job.binBefore == null) {
      job.emit(WaitReason.VERIFYING, Duration.ZERO);
      RestoreGateway.BinListing listing = listCompletely(job);
      if (listing == null) {
        if (!job.stopping()) {
          job.stop(
              JobState.PAUSED_NETWORK,
              "The recycle bin could not be listed completely, so nothing was restored: without"
                  + " that list the job could not tell what came back. Resume it later.");
        }
        return;
      }
      Set<String> before = new LinkedHashSet<>();
      for (Recording r : listing.recordings()) {
        before.add(r.id());
        job.remember(r.id(), r);
      }
      job.binBefore = before;
      job.order.addAll(before);
      job.journal.binBefore(before, job.meta, Set.of());
      looked = true;
    }
    List<String> pending = job.unsettledPlanned();
    int rounds = 0;
    Map<String, Seen.Where> still = Map.of();
    WebexApiException lastError = null;
    while (!pending.isEmpty() && !job.stopping()) {
      if (looked) {
        if (rounds >= options.maxRounds()) {
          break;
        }
        rounds++;
        lastError = sendAll(job, pending);
        if (job.stop == JobState.PAUSED_SIGN_IN || job.journalFailure != null) {
          return;
        }
      }
      still = verify(job, pending);
      pending = new ArrayList<>(still.keySet());
      looked = true;
    }
    if (job.stopping() || pending.isEmpty()) {
      return;
    }
    List<IdOutcome> failed = new ArrayList<>();
    int unknown = 0;
    for (String id : pending) {
      if (still.get(id) == Seen.Where.UNKNOWN) {
        unknown++;
      } else if (lastError != null) {
        failed.add(
            IdOutcome.failed(
                id,
                lastError.status(),
                "Restore-all kept failing (" + lastError.status() + "): " + webexText(lastError),
                lastError.trackingId().orElse(null)));
      } else {
        failed.add(
            IdOutcome.failed(
                id,
                204,
                "Webex accepted restore-all "
                    + rounds
                    + " times (204) but the recording is still in the recycle bin.",
                null));
      }
    }
    job.settle(failed);
    if (unknown > 0) {
      job.stop(
          JobState.PAUSED_NETWORK,
          unknown + " ids could not be checked; resume the job when Webex can be reached.");
    }
  }

  private RestoreGateway.BinListing listCompletely(Job job) throws InterruptedException {
    for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
      if (job.stoppingOrCancelled()) {
        return null;
      }
      stats.verifications.incrementAndGet();
      RestoreGateway.BinListing listing = verifier.listing(job.scope);
      if (listing != null && listing.complete()) {
        return listing;
      }
      Duration wait = options.backoff(attempt);
      job.emit(WaitReason.RETRY_BACKOFF, wait);
      sleeper.sleep(wait);
    }
    return null;
  }

  /**
   * One restore-all call, retried on 429, 5xx and connection failures. Returns the last error when
   * Webex kept failing (the re-list then decides), null otherwise.
   */
  private WebexApiException sendAll(Job job, List<String> pending) throws InterruptedException {
    RestoreRequest request =
        job.target instanceof RestoreTarget.AllForOwner owner
            ? RestoreRequest.allForOwner(owner.owner())
            : RestoreRequest.allMine();
    int attempts = 0;
    int rateLimited = 0;
    while (!job.stoppingOrCancelled()) {
      waitAtGate(job);
      long batchId = job.batchSeq.incrementAndGet();
      job.journal.send(batchId, List.of());
      stats.requests.incrementAndGet();
      job.batchesTotal.compareAndSet(0, 1);
      try {
        gateway.restore(request);
        stats.accepted.incrementAndGet();
        job.journal.sent(batchId, "accepted", 204);
        job.batchesDone.set(1);
        return null;
      } catch (RateLimitedException e) {
        stats.rateLimited.incrementAndGet();
        job.journal.sent(batchId, "rateLimited", e.status());
        gateway
            .rateGate()
            .closeFor(options.rateLimitWait(e.retryAfter().orElse(null), ++rateLimited));
        if (rateLimited >= options.maxRateLimited()) {
          job.stop(JobState.PAUSED_NETWORK, "Webex kept answering 429; resume the job later.");
          return null;
        }
      } catch (ServerErrorException e) {
        stats.serverErrors.incrementAndGet();
        job.journal.sent(batchId, "error", e.status());
        if (++attempts >= options.maxAttempts()) {
          return e;
        }
        backoff(job, attempts);
      } catch (WebexNetworkException e) {
        if (e.outcomeUnknown()) {
          stats.unknownOutcomes.incrementAndGet();
          job.journal.sent(batchId, "unknown", 0);
          return null;
        }
        stats.connectionFailures.incrementAndGet();
        job.journal.sent(batchId, "notSent", 0);
        if (++attempts >= options.maxAttempts()) {
          job.stop(
              JobState.PAUSED_NETWORK,
              "Cannot reach Webex ("
                  + e.getMessage()
                  + "); resume the job when the network is back.");
          return null;
        }
        backoff(job, attempts);
      } catch (SignInRequiredException e) {
        job.journal.sent(batchId, "error", 401);
        job.stop(JobState.PAUSED_SIGN_IN, signInMessage());
        return null;
      } catch (WebexApiException e) {
        job.journal.sent(batchId, "error", e.status());
        String tracking = e.trackingId().orElse(null);
        job.settle(
            pending.stream()
                .map(id -> IdOutcome.failed(id, e.status(), refusalText(e), tracking))
                .toList());
        return e;
      }
      stats.retries.incrementAndGet();
    }
    return null;
  }

  private void backoff(Job job, int attempts) throws InterruptedException {
    Duration wait = options.backoff(attempts);
    job.emit(WaitReason.RETRY_BACKOFF, wait);
    sleeper.sleep(wait);
  }

  // ---------------------------------------------------------------- scopes

  private static ListScope scopeFor(RestoreTarget target, ListScope binScope) {
    if (target instanceof RestoreTarget.AllForOwner owner) {
      return ListScope.owner(owner.owner());
    }
    if (target instanceof RestoreTarget.AllMine) {
      return ListScope.mine();
    }
    return binScope == null ? ListScope.mine() : binScope;
  }

  static String scopeText(ListScope scope) {
    if (scope instanceof ListScope.Owner owner) {
      return "owner:" + owner.email().value();
    }
    return scope instanceof ListScope.Org ? "org" : "mine";
  }

  static ListScope parseScope(String text) {
    if (text == null || text.equals("mine")) {
      return ListScope.mine();
    }
    if (text.equals("org")) {
      return ListScope.org();
    }
    if (text.startsWith("owner:")) {
      return ListScope.owner(EmailAddress.parse(text.substring("owner:".length())));
    }
    throw new JournalException("The journal names an unknown bin scope: " + text, null);
  }

  // ---------------------------------------------------------------- job state

  /** The state of one run of a job. Outcomes are journalled before they count. */
  private final class Job {
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
    final Set<String> detailsOnly = ConcurrentHashMap.newKeySet();
    final Set<String> acceptedIds = ConcurrentHashMap.newKeySet();
    final List<String> warnings = new ArrayList<>();
    final AtomicLong batchSeq = new AtomicLong();
    final java.util.concurrent.atomic.AtomicInteger batchesTotal =
        new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger batchesDone =
        new java.util.concurrent.atomic.AtomicInteger();
    final AtomicLong acceptedUnverified = new AtomicLong();
    final Instant runStart;
    Integer settledAtRunStart;
    volatile Set<String> binBefore;
    volatile JobState stop;
    volatile String stopMessage;
    volatile JournalException journalFailure;
    volatile RuntimeException fatal;
    int leftBin = -1;

    Job(
        String jobId,
        String operator,
        RestoreTarget target,
        ListScope scope,
        Instant startedAt,
        JournalWriter journal,
        ProgressListener listener,
        CancellationToken cancel) {
      this.jobId = jobId;
      this.operator = operator;
      this.target = target;
      this.scope = scope;
      this.startedAt = startedAt;
      this.journal = journal;
      this.listener = listener == null ? ProgressListener.NONE : listener;
      this.cancel = cancel == null ? new CancellationToken() : cancel;
      this.runStart = clock.instant();
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

    /** Unsettled ids of the plan (restore-all: of the bin before). */
    List<String> unsettledPlanned() {
      return unsettled();
    }

    void remember(String id, Recording r) {
      if (r != null) {
        meta.putIfAbsent(id, new String[] {r.topic(), r.ownerEmail()});
      }
    }

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
      Duration eta = null;
      Duration elapsed = Duration.between(runStart, clock.instant());
      int progressed = done - settledAtRunStart;
      if (progressed > 0 && !elapsed.isZero()) {
        eta = elapsed.multipliedBy(total - done).dividedBy(progressed);
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
              eta);
      try {
        listener.onProgress(event);
      } catch (RuntimeException e) {
        // A broken listener must not break the job; the journal still records everything.
      }
    }

    synchronized RestoreReport report(JobState state, String message, List<String> unsettled) {
      List<IdOutcome> outcomes = new ArrayList<>();
      for (String id : order) {
        IdOutcome o = settled.get(id);
        if (o != null) {
          String[] m = meta.get(id);
          outcomes.add(m == null ? o : o.describedBy(m[0], m[1]));
        }
      }
      String fullMessage = message;
      if (!warnings.isEmpty()) {
        fullMessage = (message == null ? "" : message + " ") + String.join(" ", warnings);
      }
      return new RestoreReport(
          jobId,
          operator,
          target,
          startedAt,
          clock.instant(),
          outcomes,
          state,
          leftBin,
          unsettled,
          fullMessage);
    }
  }
}
