package io.recordingrescue.ui;

import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.IdOutcome;
import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.webex.ForbiddenException;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RestoreRequest;
import io.recordingrescue.webex.ScanListener;
import io.recordingrescue.webex.SignInRequiredException;
import io.recordingrescue.webex.WebexApiException;
import io.recordingrescue.webex.WebexClient;
import io.recordingrescue.webex.WebexException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Plain restore until the restore engine lands: ids in batches of at most 100, one call each, no
 * retries; restore-all is one call between two listings of the owner's bin (before and after), so
 * the report says how many really left the bin.
 */
public final class BatchRestoreRunner implements RestoreRunner {
  /** Message of an id the job never sent because it was cancelled first. */
  public static final String NOT_SENT = "Not sent: the job was cancelled first.";

  private final WebexClient client;
  private final BinSource bin;
  private final Clock clock;
  private final String operator;

  public BatchRestoreRunner(WebexClient client, BinSource bin, Clock clock, String operator) {
    this.client = client;
    this.bin = bin;
    this.clock = clock;
    this.operator = operator;
  }

  @Override
  public RestoreReport run(
      RestoreTarget target, Consumer<ProgressEvent> progress, BooleanSupplier cancelled)
      throws InterruptedException {
    String jobId = UUID.randomUUID().toString();
    Instant started = clock.instant();
    if (target instanceof RestoreTarget.ByIds byIds) {
      return byIds(jobId, started, byIds, progress, cancelled);
    }
    ListScope scope =
        target instanceof RestoreTarget.AllForOwner owner
            ? ListScope.owner(owner.owner())
            : ListScope.mine();
    RestoreRequest request =
        target instanceof RestoreTarget.AllForOwner owner
            ? RestoreRequest.allForOwner(owner.owner())
            : RestoreRequest.allMine();
    return all(jobId, started, target, scope, request, progress, cancelled);
  }

  private RestoreReport byIds(
      String jobId,
      Instant started,
      RestoreTarget.ByIds target,
      Consumer<ProgressEvent> progress,
      BooleanSupplier cancelled) {
    List<String> ids =
        new ArrayList<>(
            new LinkedHashSet<>(
                target.ids().stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
    List<List<String>> batches = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += RestoreRequest.MAX_IDS) {
      batches.add(ids.subList(i, Math.min(ids.size(), i + RestoreRequest.MAX_IDS)));
    }
    List<IdOutcome> outcomes = new ArrayList<>(ids.size());
    int restored = 0;
    int failed = 0;
    int done = 0;
    boolean stop = false;
    boolean wasCancelled = false;
    for (int b = 0; b < batches.size(); b++) {
      List<String> batch = batches.get(b);
      if (!stop && cancelled.getAsBoolean()) {
        wasCancelled = true;
        stop = true;
      }
      if (stop) {
        for (String id : batch) {
          outcomes.add(new IdOutcome(id, FinalState.FAILED, 0, notSentReason(wasCancelled), null));
        }
        continue;
      }
      try {
        client.restore(RestoreRequest.byIds(batch));
        batch.forEach(id -> outcomes.add(IdOutcome.of(id, FinalState.RESTORED)));
        restored += batch.size();
      } catch (WebexException e) {
        batch.forEach(id -> outcomes.add(failure(id, e)));
        failed += batch.size();
        // Every later batch would fail the same way: stop and keep them for a retry.
        stop = e instanceof SignInRequiredException || e instanceof ForbiddenException;
      }
      done += batch.size();
      progress.accept(
          new ProgressEvent(
              jobId,
              b + 1,
              batches.size(),
              done,
              ids.size(),
              restored,
              failed,
              ProgressEvent.WaitReason.NONE,
              Duration.ZERO,
              null));
    }
    return new RestoreReport(
        jobId, operator, target, started, clock.instant(), outcomes, wasCancelled, restored);
  }

  private static String notSentReason(boolean cancelled) {
    return cancelled ? NOT_SENT : "Not sent: an earlier batch showed it would be refused.";
  }

  private RestoreReport all(
      String jobId,
      Instant started,
      RestoreTarget target,
      ListScope scope,
      RestoreRequest request,
      Consumer<ProgressEvent> progress,
      BooleanSupplier cancelled)
      throws InterruptedException {
    List<String> before = ids(bin.scan(scope, ScanListener.NONE).recordings());
    progress.accept(event(jobId, 0, before.size(), 0, 0, ProgressEvent.WaitReason.NONE));
    if (cancelled.getAsBoolean()) {
      List<IdOutcome> notSent =
          before.stream()
              .map(id -> new IdOutcome(id, FinalState.FAILED, 0, NOT_SENT, null))
              .toList();
      return new RestoreReport(jobId, operator, target, started, clock.instant(), notSent, true, 0);
    }
    try {
      client.restore(request);
    } catch (WebexException e) {
      List<IdOutcome> failures = before.stream().map(id -> failure(id, e)).toList();
      return new RestoreReport(
          jobId, operator, target, started, clock.instant(), failures, false, 0);
    }
    progress.accept(event(jobId, 0, before.size(), 0, 0, ProgressEvent.WaitReason.VERIFYING));
    Set<String> after = new HashSet<>(ids(bin.scan(scope, ScanListener.NONE).recordings()));
    List<IdOutcome> outcomes = new ArrayList<>();
    int left = 0;
    for (String id : before) {
      if (after.contains(id)) {
        outcomes.add(
            new IdOutcome(id, FinalState.FAILED, 0, "Still in the bin after restore all.", null));
      } else {
        outcomes.add(IdOutcome.of(id, FinalState.RESTORED));
        left++;
      }
    }
    progress.accept(
        event(
            jobId,
            before.size(),
            before.size(),
            left,
            before.size() - left,
            ProgressEvent.WaitReason.NONE));
    return new RestoreReport(
        jobId, operator, target, started, clock.instant(), outcomes, false, left);
  }

  private static ProgressEvent event(
      String jobId, int done, int total, int restored, int failed, ProgressEvent.WaitReason why) {
    return new ProgressEvent(
        jobId,
        done == total && total > 0 ? 1 : 0,
        1,
        done,
        total,
        restored,
        failed,
        why,
        Duration.ZERO,
        null);
  }

  private static List<String> ids(List<Recording> recordings) {
    return recordings.stream().map(Recording::id).toList();
  }

  private static IdOutcome failure(String id, WebexException e) {
    int status = e instanceof WebexApiException api ? api.status() : 0;
    if (status == 404) {
      return new IdOutcome(
          id, FinalState.NOT_FOUND, 404, e.getMessage(), e.trackingId().orElse(null));
    }
    return new IdOutcome(
        id, FinalState.FAILED, status, e.getMessage(), e.trackingId().orElse(null));
  }
}
