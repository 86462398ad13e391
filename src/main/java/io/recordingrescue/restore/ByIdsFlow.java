package io.recordingrescue.restore;

import io.recordingrescue.webex.SignInRequiredException;
import io.recordingrescue.webex.WebexApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A job by ids: look first, then rounds of sending what is in the bin and looking again, until
 * nothing is left in the bin or the rounds run out.
 */
final class ByIdsFlow {
  private final EngineParts parts;
  private final Pacing pacing;
  private final Verification verification;

  ByIdsFlow(EngineParts parts, Pacing pacing, Verification verification) {
    this.parts = parts;
    this.pacing = pacing;
    this.verification = verification;
  }

  void run(JobRun job) throws InterruptedException {
    List<String> remaining = job.unsettled();
    List<String> pending =
        job.binBefore == null
            ? verification.lookBeforeSending(job, remaining)
            // Resumed: a call in flight when the app stopped may have restored some.
            : new ArrayList<>(verification.settleWhatLeft(job, remaining).keySet());

    Map<String, BatchRound.Sent> lastSent = Map.of();
    Map<String, Seen.Where> lastSeen = Map.of();
    int round = 0;
    while (!pending.isEmpty() && !job.stopping() && round < parts.options().maxRounds()) {
      round++;
      BatchRound r = new BatchRound(parts, pacing, job);
      r.run(pending);
      Map<String, BatchRound.Sent> sent = r.sent();
      lastSent = sent;
      if (sent.isEmpty() || job.journalFailure != null) {
        break;
      }
      // Also after a pause or cancel: what was sent is settled now if Webex can be looked at.
      Map<String, Seen.Where> still;
      try {
        still = verification.settleWhatLeft(job, sent.keySet());
      } catch (SignInRequiredException e) {
        job.stop(JobState.PAUSED_SIGN_IN, OutcomeTexts.signIn());
        break;
      }
      still.forEach(
          (id, where) -> {
            BatchRound.Sent how = sent.get(id);
            if (where == Seen.Where.IN_BIN && how.error() == null && !how.unknown()) {
              parts.stats().stillInBinAfterAccepted.incrementAndGet();
            }
          });
      lastSeen = still;
      pending = new ArrayList<>(still.keySet());
    }
    if (job.stopping() || pending.isEmpty()) {
      return;
    }
    Map<String, BatchRound.Sent> finalSent = lastSent;
    Map<String, Seen.Where> finalSeen = lastSeen;
    Verification.giveUp(
        job,
        pending,
        lastSeen,
        id -> whyStillInBin(id, finalSent.get(id), finalSeen.get(id)),
        " ids could not be checked because Webex could not be reached; resume the job"
            + " when the network is back.");
  }

  private IdOutcome whyStillInBin(String id, BatchRound.Sent sent, Seen.Where seen) {
    if (seen == Seen.Where.REFUSED) {
      return IdOutcome.failed(
          id,
          403,
          "Webex accepted the restore but will not show this recording (403), so it could"
              + " not be verified.",
          null);
    }
    if (sent != null && sent.error() != null) {
      WebexApiException e = sent.error();
      return IdOutcome.failed(
          id, e.status(), OutcomeTexts.keptFailing("Webex", e), e.trackingId().orElse(null));
    }
    return IdOutcome.failed(
        id, 204, OutcomeTexts.stillInBin("the restore", parts.options().maxRounds()), null);
  }
}
