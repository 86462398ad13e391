package io.recordingrescue.restore;

import io.recordingrescue.restore.ProgressEvent.WaitReason;
import io.recordingrescue.webex.InvalidRequestException;
import io.recordingrescue.webex.RateLimitedException;
import io.recordingrescue.webex.RestoreRequest;
import io.recordingrescue.webex.ServerErrorException;
import io.recordingrescue.webex.SignInRequiredException;
import io.recordingrescue.webex.WebexApiException;
import io.recordingrescue.webex.WebexNetworkException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One round of a job by ids: every batch sent by a small pool of workers until Webex accepted it,
 * refused it or the attempts ran out. The number of calls in flight follows {@link AdaptiveLimit};
 * 5xx and connection failures are retried with backoff; a refused batch goes to {@link Refusals}.
 */
final class BatchRound {

  /** How a sent batch ended for its ids: 204, unknown outcome, or a last error (5xx). */
  record Sent(WebexApiException error, boolean unknown) {}

  /** A batch on its way: how often it was sent and throttled this round. */
  record Batch(List<String> ids, int attempts, int rateLimited) {}

  private final EngineParts parts;
  private final RestoreEngine.Options options;
  private final EngineStats stats;
  private final Pacing pacing;
  private final JobRun job;
  private final Refusals refusals;
  private final Map<String, Sent> sent = new ConcurrentHashMap<>();
  private final AdaptiveLimit limit;
  private final Object lock = new Object();
  private int outstanding;
  private ExecutorService pool;

  BatchRound(EngineParts parts, Pacing pacing, JobRun job) {
    this.parts = parts;
    this.options = parts.options();
    this.stats = parts.stats();
    this.pacing = pacing;
    this.job = job;
    this.refusals = new Refusals(parts, job, this::submitFresh);
    this.limit = new AdaptiveLimit(options.concurrency());
  }

  /** How each id sent this round ended; ids settled while sending are not in it. */
  Map<String, Sent> sent() {
    return sent;
  }

  /**
   * Sends {@code ids} and {@code probes} in batches of their own, so that a probe Webex does not
   * know (a 404 for the whole batch) does not hold up ids that are in the bin.
   */
  void run(List<String> ids, List<String> probes) throws InterruptedException {
    pool =
        Executors.newFixedThreadPool(
            options.concurrency(),
            task -> {
              Thread t = new Thread(task, "restore-" + job.jobId());
              t.setDaemon(true);
              return t;
            });
    try {
      for (List<String> b : RestorePlan.batches(ids)) {
        submitFresh(b);
      }
      for (List<String> b : RestorePlan.batches(probes)) {
        submitFresh(b);
      }
      boolean interrupted = false;
      synchronized (lock) {
        while (outstanding > 0) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            // Stop sending, but let the calls in flight come back so their ids are journalled.
            interrupted = true;
            job.stop(JobState.CANCELLED, OutcomeTexts.INTERRUPTED);
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

  /** A new batch (not a retry): it counts towards the batches the progress shows. */
  private void submitFresh(List<String> ids) {
    job.batchPlanned();
    submit(new Batch(ids, 0, 0));
  }

  private void submit(Batch b) {
    synchronized (lock) {
      outstanding++;
    }
    pool.execute(
        () -> {
          try {
            process(b);
          } catch (JournalException e) {
            job.journalFailed(e);
          } catch (SignInRequiredException e) {
            job.stop(JobState.PAUSED_SIGN_IN, OutcomeTexts.signIn());
          } catch (InterruptedException e) {
            job.stop(JobState.CANCELLED, OutcomeTexts.INTERRUPTED);
          } catch (RuntimeException | Error e) {
            job.failed(e);
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
      job.batchDone();
      return;
    }
    pacing.waitAtGate(job);
    long generation = limit.acquire();
    boolean rateLimited = false;
    RuntimeException failure = null;
    long batchId;
    try {
      if (job.stoppingOrCancelled()) {
        job.batchDone();
        return;
      }
      // Journalled before it leaves: after a crash, resume knows this batch may have landed.
      batchId = job.journalSend(b.ids());
      stats.requests.incrementAndGet();
      try {
        parts.gateway().restore(RestoreRequest.byIds(b.ids()));
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

  private void handle(Batch b, long batchId, RuntimeException failure) throws InterruptedException {
    if (failure == null) {
      stats.accepted.incrementAndGet();
      job.journalSent(batchId, "accepted", 204);
      markSent(b, null, false);
    } else if (failure instanceof RateLimitedException e) {
      stats.rateLimited.incrementAndGet();
      job.journalSent(batchId, "rateLimited", e.status());
      throttled(b, e);
    } else if (failure instanceof ServerErrorException e) {
      stats.serverErrors.incrementAndGet();
      job.journalSent(batchId, "error", e.status());
      retryOr(b, () -> markSent(b, e, false)); // it may have been applied: verification decides
    } else if (failure instanceof WebexNetworkException e) {
      networkFailed(b, batchId, e);
    } else if (failure instanceof SignInRequiredException) {
      job.journalSent(batchId, "error", 401);
      job.stop(JobState.PAUSED_SIGN_IN, OutcomeTexts.signIn());
      job.batchDone();
    } else if (failure instanceof WebexApiException e) {
      job.journalSent(batchId, "error", e.status());
      refusals.refused(b.ids(), e);
    } else if (failure instanceof InvalidRequestException e) {
      job.settle(
          b.ids().stream()
              .map(id -> IdOutcome.failed(id, 0, OutcomeTexts.notSent(e.getMessage()), null))
              .toList());
      job.batchDone();
    } else {
      throw failure;
    }
    job.progress(WaitReason.NONE, Duration.ZERO);
  }

  /** A 429: every worker waits at the gate; a batch throttled too often pauses the job. */
  private void throttled(Batch b, RateLimitedException e) {
    int n = b.rateLimited() + 1;
    pacing.rateLimited(e.retryAfter().orElse(null), n);
    if (n >= options.maxRateLimited()) {
      job.stop(
          JobState.PAUSED_NETWORK,
          "Webex kept answering 429 (too many requests) "
              + n
              + " times for one batch; the job was paused. Resume it later.");
      job.batchDone();
    } else {
      stats.retries.incrementAndGet();
      submit(new Batch(b.ids(), b.attempts(), n));
    }
  }

  /** A broken call may have landed (verification decides); one that never left is retried. */
  private void networkFailed(Batch b, long batchId, WebexNetworkException e)
      throws InterruptedException {
    if (e.outcomeUnknown()) {
      stats.unknownOutcomes.incrementAndGet();
      job.journalSent(batchId, "unknown", 0);
      markSent(b, null, true);
      return;
    }
    stats.connectionFailures.incrementAndGet();
    job.journalSent(batchId, "notSent", 0);
    retryOr(
        b,
        () -> {
          job.stop(
              JobState.PAUSED_NETWORK,
              "Cannot reach Webex ("
                  + e.getMessage()
                  + "); the job was paused. Resume it when the network is back.");
          job.batchDone();
        });
  }

  private void retryOr(Batch b, Runnable giveUp) throws InterruptedException {
    int attempts = b.attempts() + 1;
    if (attempts >= options.maxAttempts() || job.stoppingOrCancelled()) {
      giveUp.run();
      return;
    }
    pacing.backoff(job, attempts);
    stats.retries.incrementAndGet();
    submit(new Batch(b.ids(), attempts, b.rateLimited()));
  }

  private void markSent(Batch b, WebexApiException error, boolean unknown) {
    for (String id : b.ids()) {
      sent.put(id, new Sent(error, unknown));
      job.accept(id);
    }
    job.batchDone();
  }
}
