package io.recordingrescue.restore;

import io.recordingrescue.restore.ProgressEvent.WaitReason;
import io.recordingrescue.webex.Recording;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The looking of a job, because a 204 says nothing and a broken connection may have worked: where
 * ids are before anything is sent, where they are after each round, and what becomes of ids that
 * are still in the bin (or could not be looked at) when the rounds run out. Only listings and the
 * restore call's own answers settle ids; the details endpoint is not asked.
 */
final class Verification {
  private final Verifier verifier;
  private final EngineStats stats;
  private final RestoreEngine.Options options;
  private final Pacing pacing;

  Verification(EngineParts parts, Pacing pacing) {
    this.verifier = parts.verifier();
    this.stats = parts.stats();
    this.options = parts.options();
    this.pacing = pacing;
  }

  /**
   * What a round sends: ids in the bin (or that could not be looked at), and probes: ids a complete
   * listing does not show, whose fate only the restore call's answer can tell (a 404 naming one
   * means Webex does not know it; an accepted one was not in the bin, so it was already available).
   */
  record ToSend(List<String> ids, List<String> probes) {
    boolean isEmpty() {
      return ids.isEmpty() && probes.isEmpty();
    }
  }

  /**
   * The first look of a job by ids: where each id is, journalled as the bin as it was. Settles
   * nothing: an id absent from the bin is sent as a probe, as only Webex's answer to the restore
   * call tells "already available" from "unknown".
   */
  ToSend lookBeforeSending(JobRun job, List<String> ids) throws InterruptedException {
    job.progress(WaitReason.VERIFYING, Duration.ZERO);
    stats.verifications.incrementAndGet();
    job.hintIfUnknown(verifier.hintsFromDetails(job.withoutHints(ids)));
    Map<String, Seen> seen = look(job, ids);
    List<String> pending = new ArrayList<>();
    List<String> probes = new ArrayList<>();
    for (String id : ids) {
      Seen s = seen.get(id);
      job.remember(id, s.recording());
      if (s.where() == Seen.Where.NOT_IN_BIN) {
        probes.add(id);
      } else {
        pending.add(id);
      }
    }
    job.sawInBin(pending);
    return new ToSend(pending, probes);
  }

  /**
   * Looks where sent (or resumed) ids are and settles those that left the bin. Returns the ids
   * still to be sent and why: in the bin, could not be looked at, or not in the bin but never seen
   * there either ({@link Seen.Where#NOT_IN_BIN}: to be sent as a probe).
   */
  Map<String, Seen.Where> settleWhatLeft(JobRun job, Collection<String> ids)
      throws InterruptedException {
    Map<String, Seen.Where> still = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return still;
    }
    job.progress(WaitReason.VERIFYING, Duration.ZERO);
    stats.verifications.incrementAndGet();
    Map<String, Seen> seen = look(job, ids);
    List<IdOutcome> done = new ArrayList<>();
    for (String id : ids) {
      Seen s = seen.get(id);
      job.remember(id, s.recording());
      if (s.where() == Seen.Where.NOT_IN_BIN && job.binBefore().contains(id)) {
        done.add(IdOutcome.of(id, FinalState.RESTORED));
      } else {
        still.put(id, s.where());
      }
    }
    job.settle(done);
    job.looked(ids);
    return still;
  }

  private Map<String, Seen> look(JobRun job, Collection<String> ids) throws InterruptedException {
    return verifier.look(
        ids,
        job.scope(),
        job.hints(),
        job::placed,
        n -> job.progress(WaitReason.VERIFYING, Duration.ZERO, n));
  }

  /**
   * The first look of a restore-all job: the whole bin, journalled as the job's ids. Only a
   * complete listing will do, because without it the job could not tell what came back. Returns
   * false (having said why unless the job was already stopping) when none could be had.
   */
  boolean listBinBefore(JobRun job) throws InterruptedException {
    job.progress(WaitReason.VERIFYING, Duration.ZERO);
    RestoreGateway.BinListing listing = listCompletely(job);
    if (listing == null) {
      if (!job.stopping()) {
        job.stop(
            JobState.PAUSED_NETWORK,
            "The recycle bin could not be listed completely, so nothing was restored: without"
                + " that list the job could not tell what came back. Resume it later.");
      }
      return false;
    }
    Set<String> before = new LinkedHashSet<>();
    for (Recording r : listing.recordings()) {
      before.add(r.id());
      job.remember(r.id(), r);
    }
    job.sawWholeBin(before);
    return true;
  }

  private RestoreGateway.BinListing listCompletely(JobRun job) throws InterruptedException {
    for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
      if (job.stoppingOrCancelled()) {
        return null;
      }
      stats.verifications.incrementAndGet();
      RestoreGateway.BinListing listing = verifier.listing(job.scope());
      if (listing != null && listing.complete()) {
        return listing;
      }
      pacing.backoff(job, attempt);
    }
    return null;
  }

  /**
   * The rounds ran out. Ids that could not be looked at stay unsettled and pause the job, so a
   * resume finds out where they are; the others fail, {@code why} says how.
   */
  static void giveUp(
      JobRun job,
      List<String> pending,
      Map<String, Seen.Where> lastSeen,
      Function<String, IdOutcome> why,
      String unknownMessage) {
    List<IdOutcome> failed = new ArrayList<>();
    int unknown = 0;
    for (String id : pending) {
      if (lastSeen.get(id) == Seen.Where.UNKNOWN) {
        unknown++;
      } else {
        failed.add(why.apply(id));
      }
    }
    job.settle(failed);
    if (unknown > 0) {
      job.stop(JobState.PAUSED_NETWORK, unknown + unknownMessage);
    }
  }
}
