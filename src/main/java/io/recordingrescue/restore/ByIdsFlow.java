package io.recordingrescue.restore;

import io.recordingrescue.webex.SignInRequiredException;
import io.recordingrescue.webex.WebexApiException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job by ids: look first, then rounds of sending what is in the bin (and, as probes, what no
 * listing shows) and looking again, until nothing is left in the bin or the rounds run out.
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
    Verification.ToSend pending =
        !job.lookedAtBin()
            ? verification.lookBeforeSending(job, remaining)
            // Resumed: a call in flight when the app stopped may have restored some.
            : toSend(verification.settleWhatLeft(job, remaining));

    Map<String, BatchRound.Sent> lastSent = Map.of();
    Map<String, Seen.Where> lastSeen = Map.of();
    int round = 0;
    while (!pending.isEmpty() && !job.stopping() && round < parts.options().maxRounds()) {
      round++;
      BatchRound r = new BatchRound(parts, pacing, job);
      r.run(pending.ids(), pending.probes());
      Map<String, BatchRound.Sent> sent = r.sent();
      lastSent = sent;
      if (sent.isEmpty() || job.journalBroken()) {
        break;
      }
      // A probe Webex accepted exists and was not in the bin: it was already available.
      Set<String> probes = new HashSet<>(pending.probes());
      List<IdOutcome> available = new ArrayList<>();
      Set<String> toLook = new LinkedHashSet<>();
      for (Map.Entry<String, BatchRound.Sent> e : sent.entrySet()) {
        BatchRound.Sent how = e.getValue();
        if (probes.contains(e.getKey()) && how.error() == null && !how.unknown()) {
          available.add(IdOutcome.of(e.getKey(), FinalState.ALREADY_AVAILABLE));
        } else {
          toLook.add(e.getKey());
        }
      }
      job.settle(available);
      job.looked(available.stream().map(IdOutcome::id).toList());
      // Also after a pause or cancel: what was sent is settled now if Webex can be looked at.
      Map<String, Seen.Where> still;
      try {
        still = verification.settleWhatLeft(job, toLook);
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
      pending = toSend(still);
    }
    List<String> left = new ArrayList<>(pending.ids());
    left.addAll(pending.probes());
    if (job.stopping() || left.isEmpty()) {
      return;
    }
    Map<String, BatchRound.Sent> finalSent = lastSent;
    Map<String, Seen.Where> finalSeen = lastSeen;
    Verification.giveUp(
        job,
        left,
        lastSeen,
        id -> whyStillInBin(id, finalSent.get(id), finalSeen.get(id)),
        " ids could not be checked because Webex could not be reached; resume the job"
            + " when the network is back.");
  }

  /** Ids seen out of the bin that no listing ever showed in it go out as probes. */
  private static Verification.ToSend toSend(Map<String, Seen.Where> still) {
    List<String> ids = new ArrayList<>();
    List<String> probes = new ArrayList<>();
    still.forEach((id, where) -> (where == Seen.Where.NOT_IN_BIN ? probes : ids).add(id));
    return new Verification.ToSend(ids, probes);
  }

  private IdOutcome whyStillInBin(String id, BatchRound.Sent sent, Seen.Where seen) {
    if (seen == Seen.Where.NOT_IN_BIN) {
      return IdOutcome.failed(
          id,
          0,
          "No listing of the recycle bin shows this recording and Webex's answers to the restore"
              + " calls did not say whether it exists.",
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
