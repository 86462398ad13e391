package io.recordingrescue.restore;

import io.recordingrescue.webex.RateLimitedException;
import io.recordingrescue.webex.RestoreRequest;
import io.recordingrescue.webex.ServerErrorException;
import io.recordingrescue.webex.SignInRequiredException;
import io.recordingrescue.webex.WebexApiException;
import io.recordingrescue.webex.WebexNetworkException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A restore-all job: list the whole bin first (its ids are the job's), then rounds of one
 * restore-all call and a re-list, until the bin holds none of them or the rounds run out.
 */
final class RestoreAllFlow {
  private final EngineParts parts;
  private final RestoreEngine.Options options;
  private final EngineStats stats;
  private final Pacing pacing;
  private final Verification verification;

  RestoreAllFlow(EngineParts parts, Pacing pacing, Verification verification) {
    this.parts = parts;
    this.options = parts.options();
    this.stats = parts.stats();
    this.pacing = pacing;
    this.verification = verification;
  }

  void run(JobRun job) throws InterruptedException {
    // A resumed job looks before it sends: the call in flight at the crash may have worked.
    boolean looked = false;
    if (!job.lookedAtBin()) {
      if (!verification.listBinBefore(job)) {
        return;
      }
      looked = true;
    }
    List<String> pending = job.unsettled();
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
        if (job.stopState() == JobState.PAUSED_SIGN_IN || job.journalBroken()) {
          return;
        }
      }
      still = verification.settleWhatLeft(job, pending);
      pending = new ArrayList<>(still.keySet());
      looked = true;
    }
    if (job.stopping() || pending.isEmpty()) {
      return;
    }
    WebexApiException error = lastError;
    String stillInBin = OutcomeTexts.stillInBin("restore-all", rounds);
    Verification.giveUp(
        job,
        pending,
        still,
        id ->
            error != null
                ? IdOutcome.failed(
                    id,
                    error.status(),
                    OutcomeTexts.keptFailing("Restore-all", error),
                    error.trackingId().orElse(null))
                : IdOutcome.failed(id, 204, stillInBin, null),
        " ids could not be checked; resume the job when Webex can be reached.");
  }

  /**
   * One restore-all call, retried on 429, 5xx and connection failures. Returns the last error when
   * Webex kept failing (the re-list then decides), null otherwise.
   */
  private WebexApiException sendAll(JobRun job, List<String> pending) throws InterruptedException {
    RestoreRequest request =
        job.target() instanceof RestoreTarget.AllForOwner owner
            ? RestoreRequest.allForOwner(owner.owner())
            : RestoreRequest.allMine();
    int attempts = 0;
    int rateLimited = 0;
    while (!job.stoppingOrCancelled()) {
      pacing.waitAtGate(job);
      long batchId = job.journalSend(List.of());
      stats.requests.incrementAndGet();
      job.onlyBatchPlanned();
      try {
        parts.gateway().restore(request);
        stats.accepted.incrementAndGet();
        job.journalSent(batchId, "accepted", 204);
        job.onlyBatchDone();
        return null;
      } catch (RateLimitedException e) {
        stats.rateLimited.incrementAndGet();
        job.journalSent(batchId, "rateLimited", e.status());
        pacing.rateLimited(e.retryAfter().orElse(null), ++rateLimited);
        if (rateLimited >= options.maxRateLimited()) {
          job.stop(JobState.PAUSED_NETWORK, "Webex kept answering 429; resume the job later.");
          return null;
        }
      } catch (ServerErrorException e) {
        stats.serverErrors.incrementAndGet();
        job.journalSent(batchId, "error", e.status());
        if (++attempts >= options.maxAttempts()) {
          return e;
        }
        pacing.backoff(job, attempts);
      } catch (WebexNetworkException e) {
        if (e.outcomeUnknown()) {
          stats.unknownOutcomes.incrementAndGet();
          job.journalSent(batchId, "unknown", 0);
          return null;
        }
        stats.connectionFailures.incrementAndGet();
        job.journalSent(batchId, "notSent", 0);
        if (++attempts >= options.maxAttempts()) {
          job.stop(
              JobState.PAUSED_NETWORK,
              "Cannot reach Webex ("
                  + e.getMessage()
                  + "); resume the job when the network is back.");
          return null;
        }
        pacing.backoff(job, attempts);
      } catch (SignInRequiredException e) {
        job.journalSent(batchId, "error", 401);
        job.stop(JobState.PAUSED_SIGN_IN, OutcomeTexts.signIn());
        return null;
      } catch (WebexApiException e) {
        job.journalSent(batchId, "error", e.status());
        String tracking = e.trackingId().orElse(null);
        job.settle(
            pending.stream()
                .map(id -> IdOutcome.failed(id, e.status(), OutcomeTexts.refusal(e), tracking))
                .toList());
        return e;
      }
      stats.retries.incrementAndGet();
    }
    return null;
  }
}
