package io.recordingrescue.restore;

import io.recordingrescue.webex.InvalidRequestException;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.RateGate;
import io.recordingrescue.webex.RetryPolicy;
import io.recordingrescue.webex.Sleeper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

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
 *   <li>Never trusts a 204 or assumes a broken connection failed: after each round it looks again,
 *       in bin listings only: the windows that hold the createTimes of ids it knows (per owner when
 *       few), the whole bin once for the others; ids still in the bin are sent again, a bounded
 *       number of rounds. Ids no listing shows are sent too: Webex's answer settles them.
 *   <li>Journals the plan, each send (before it leaves) and each outcome, synced to disk, so that
 *       {@link #resume} finishes a job after a crash, a sign-in pause or a cancel.
 * </ul>
 */
public final class RestoreEngine {

  /**
   * Tuning. {@code concurrency}: restore calls in flight at most; {@code maxAttempts}: sends of a
   * batch per round on 5xx or connection failures; {@code maxRateLimited}: 429s one batch may get
   * before the job pauses; {@code maxRounds}: send-and-verify rounds before an id still in the bin
   * is failed; {@code useHints}: verify ids with known createTimes by listing only the windows that
   * hold them (false: every look lists the whole bin, the baseline of {@code restore_ticket}).
   */
  public record Options(
      int concurrency,
      int maxAttempts,
      Duration baseBackoff,
      Duration maxBackoff,
      Duration defaultRateLimitWait,
      int maxRateLimited,
      int maxRounds,
      boolean useHints) {

    public Options {
      if (concurrency < 1 || concurrency > 32) {
        throw new IllegalArgumentException("concurrency must be 1..32, was " + concurrency);
      }
      if (maxAttempts < 1 || maxRateLimited < 1 || maxRounds < 1) {
        throw new IllegalArgumentException("attempts, rounds must be at least 1");
      }
      Objects.requireNonNull(baseBackoff);
      Objects.requireNonNull(maxBackoff);
      Objects.requireNonNull(defaultRateLimitWait);
    }

    /** 4 workers, 5 attempts from 0.5 s up to 30 s, 5 s when Retry-After is missing. */
    public static Options defaults() {
      return new Options(
          4, 5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(5), 30, 3, true);
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
          useHints);
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
          useHints);
    }

    /** {@code false}: every look lists the whole bin, whatever is known of the ids. */
    public Options withHints(boolean use) {
      return new Options(
          concurrency,
          maxAttempts,
          baseBackoff,
          maxBackoff,
          defaultRateLimitWait,
          maxRateLimited,
          maxRounds,
          use);
    }

    /** Backoff before attempt {@code n + 1}: {@link RetryPolicy}'s, with equal jitter. */
    Duration backoff(int n) {
      return RetryPolicy.backoff(baseBackoff, maxBackoff, n);
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

  private final Journal journal;
  private final Clock clock;
  private final EngineStats stats = new EngineStats();
  private final SecureRandom random = new SecureRandom();
  private final JobExecution execution;

  public RestoreEngine(
      RestoreGateway gateway, Journal journal, Clock clock, Sleeper sleeper, Options options) {
    this.journal = journal;
    this.clock = clock;
    Verifier verifier = new Verifier(gateway, options.useHints());
    this.execution =
        new JobExecution(new EngineParts(gateway, verifier, clock, sleeper, options, stats));
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
    ListScope scope = BinScopes.scopeFor(plan.target(), binScope);
    String jobId = newJobId();
    try (JournalWriter writer = journal.create(jobId)) {
      writer.header(
          jobId,
          operator,
          plan.target(),
          BinScopes.text(scope),
          plan.ids(),
          plan.rejected(),
          plan.hints());
      return execution.execute(
          JobRun.planned(jobId, operator, plan, scope, writer, listener, cancel, clock));
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
      return execution.execute(JobRun.replayed(replay, writer, listener, cancel, clock));
    }
  }

  /** Sortable by start time; the random part keeps two jobs of the same second apart. */
  private String newJobId() {
    return JOB_TIME.format(clock.instant())
        + "-"
        + Integer.toHexString(random.nextInt(0x1000000) | 0x1000000).substring(1);
  }
}
