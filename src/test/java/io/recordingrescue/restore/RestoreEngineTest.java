package io.recordingrescue.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordingrescue.restore.FakeGateway.Fault;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.ListScope;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreEngineTest {
  @TempDir Path dir;

  @Test
  void restoresInBatchesAndSortsOutWhatWasNotInTheBin() {
    EngineFixture f = new EngineFixture(dir);
    List<String> ids = new ArrayList<>(f.webex.addDeleted("d", 250, "me@example.com"));
    f.webex.add("avail", "available", "me@example.com");
    ids.add("avail");
    ids.add("ghost");
    ids.add("bad id!");
    CopyOnWriteArrayList<ProgressEvent> events = new CopyOnWriteArrayList<>();

    RestoreReport report =
        f.engine.run(
            f.plan(ids),
            "admin@example.com",
            ListScope.mine(),
            events::add,
            new CancellationToken());

    f.assertEachIdSettledOnce(report, ids);
    assertThat(report.count(FinalState.RESTORED)).isEqualTo(250);
    assertThat(report.byId().get("avail").state()).isEqualTo(FinalState.ALREADY_AVAILABLE);
    assertThat(report.byId().get("ghost").state()).isEqualTo(FinalState.NOT_FOUND);
    assertThat(report.byId().get("bad id!").state()).isEqualTo(FinalState.FAILED);
    assertThat(report.byId().get("bad id!").message()).contains("not a recording id");
    assertThat(report.byId().get("d7").topic()).isEqualTo("Topic d7");
    // No listing shows "avail" or "ghost": both go out in a batch of their own, and Webex's
    // answer settles them (404 naming "ghost", then 204 for "avail" alone).
    assertThat(f.webex.calls()).hasSize(5).allMatch(c -> c.request().recordingIds().size() <= 100);
    assertThat(f.webex.calls())
        .extracting(c -> c.request().recordingIds())
        .contains(List.of("avail", "ghost"), List.of("avail"))
        .filteredOn(batch -> batch.contains("d0") || batch.contains("d249"))
        .allMatch(batch -> batch.stream().allMatch(id -> id.startsWith("d")));
    assertThat(f.webex.detailsCalls()).isZero();
    ProgressEvent last = events.get(events.size() - 1);
    assertThat(last.idsDone()).isEqualTo(last.idsTotal()).isEqualTo(253);
    assertThat(last.restored()).isEqualTo(250);
    assertThat(last.failed()).isEqualTo(2);
  }

  @Test
  void bisectionPinsBadIdsWhenWebexDoesNotNameThem() {
    EngineFixture f = new EngineFixture(dir);
    List<String> ids = new ArrayList<>(f.webex.addDeleted("d", 300, "me@example.com"));
    // Bad ids the first look does not catch: they are deleted from the fake after the look.
    f.webex.nameBadIds(false);
    List<String> planted = List.of("d5", "d150", "d299");
    FakeGateway webex = f.webex;
    RestoreEngine engine =
        new RestoreEngine(
            new DroppingGateway(webex, planted),
            f.journal,
            f.time,
            f.time,
            RestoreEngine.Options.defaults().withConcurrency(1));

    RestoreReport report = engine.run(f.plan(ids), "op", ListScope.mine());

    f.assertEachIdSettledOnce(report, ids);
    for (String bad : planted) {
      assertThat(report.byId().get(bad).state()).isEqualTo(FinalState.NOT_FOUND);
      assertThat(report.byId().get(bad).httpStatus()).isEqualTo(404);
    }
    assertThat(report.count(FinalState.RESTORED)).isEqualTo(297);
    assertThat(engine.stats().splits()).isGreaterThan(3);
    assertThat(webex.calls()).allMatch(c -> c.request().recordingIds().size() <= 100);
  }

  @Test
  void namedBadIdsArePinnedWithoutBisectingEverything() {
    EngineFixture f = new EngineFixture(dir);
    List<String> ids = new ArrayList<>(f.webex.addDeleted("d", 100, "me@example.com"));
    f.webex.foreign("d42");
    RestoreReport report = f.runEachSettledOnce(ids);

    IdOutcome foreign = report.byId().get("d42");
    assertThat(foreign.state()).isEqualTo(FinalState.FAILED);
    assertThat(foreign.httpStatus()).isEqualTo(403);
    assertThat(foreign.message()).contains("another owner");
    assertThat(foreign.trackingId()).isEqualTo("tBad");
    assertThat(f.webex.calls()).hasSize(2); // the refused batch, then the 99 others at once
  }

  @Test
  void a204ThatRestoredNothingIsCaughtAndSentAgain() {
    // One worker: the no-op hits the first batch of 100, not whichever batch comes first.
    EngineFixture f = new EngineFixture(dir, RestoreEngine.Options.defaults().withConcurrency(1));
    List<String> ids = f.webex.addDeleted("d", 150, "me@example.com");
    f.webex.script(Fault.NOOP_204);

    RestoreReport report = f.runEachSettledOnce(ids);

    assertThat(report.count(FinalState.RESTORED)).isEqualTo(150);
    assertThat(f.engine.stats().stillInBinAfterAccepted()).isEqualTo(100);
    assertThat(f.webex.calls()).hasSize(3);
  }

  @Test
  void aServerThatNeverRestoresEndsInFailedWithAClearMessage() {
    EngineFixture f = new EngineFixture(dir);
    List<String> ids = f.webex.addDeleted("d", 10, "me@example.com");
    f.webex.script(Fault.NOOP_204, Fault.NOOP_204, Fault.NOOP_204);

    RestoreReport report = f.runEachSettledOnce(ids);

    assertThat(report.outcomes()).allMatch(o -> o.state() == FinalState.FAILED);
    assertThat(report.outcomes().get(0).message()).contains("still in the recycle bin");
  }

  @Test
  void anUnknownOutcomeIsSettledByLookingNotBySendingAgain() {
    EngineFixture f = new EngineFixture(dir);
    List<String> ids = f.webex.addDeleted("d", 100, "me@example.com");
    f.webex.script(Fault.APPLY_THEN_DROP);

    RestoreReport report = f.runEachSettledOnce(ids);

    assertThat(report.count(FinalState.RESTORED)).isEqualTo(100);
    assertThat(f.webex.calls()).hasSize(1);
    assertThat(f.engine.stats().unknownOutcomes()).isEqualTo(1);
  }

  @Test
  void serverErrorsAndConnectionFailuresAreRetriedWithBackoff() {
    EngineFixture f = new EngineFixture(dir);
    List<String> ids = f.webex.addDeleted("d", 100, "me@example.com");
    f.webex.script(Fault.SERVER_ERROR, Fault.CONNECT_FAILED, Fault.SERVER_ERROR);

    RestoreReport report = f.runEachSettledOnce(ids);

    assertThat(report.count(FinalState.RESTORED)).isEqualTo(100);
    assertThat(f.engine.stats().retries()).isEqualTo(3);
    List<Duration> sleeps = f.time.sleeps();
    assertThat(sleeps).hasSize(3);
    // Exponential with jitter: each wait lies in [cap/2, cap] for cap = 0.5 s, 1 s, 2 s.
    for (int i = 0; i < 3; i++) {
      long cap = 500L << i;
      assertThat(sleeps.get(i).toMillis()).isBetween(cap / 2, cap);
    }
  }

  @Test
  void noCallIsMadeWhileTheGateIsClosedAndConcurrencyBacksOff() {
    EngineFixture f = new EngineFixture(dir);
    List<String> ids = f.webex.addDeleted("d", 1000, "me@example.com");
    f.webex.retryAfter(Duration.ofSeconds(3));
    f.webex.script(Fault.RATE_LIMITED, Fault.RATE_LIMITED_NO_RETRY_AFTER);

    RestoreReport report = f.runEachSettledOnce(ids);

    List<FakeGateway.Call> calls = f.webex.calls();
    for (int i = 0; i < calls.size(); i++) {
      FakeGateway.Call c = calls.get(i);
      Duration pause =
          switch (c.result()) {
            case "RATE_LIMITED" -> Duration.ofSeconds(3);
            case "RATE_LIMITED_NO_RETRY_AFTER" -> Duration.ofSeconds(5);
            default -> null;
          };
      if (pause == null) {
        continue;
      }
      Instant until = c.at().plus(pause);
      // c.at() is when the 429 call started; a worker that passed the gate before the answer came
      // back may still land inside. One such call per other worker (3 of 4), never more.
      long inside =
          calls.subList(i + 1, calls.size()).stream()
              .filter(later -> later.at().isAfter(c.at()) && later.at().isBefore(until))
              .count();
      assertThat(inside).as("calls during the pause %s..%s", c.at(), until).isLessThanOrEqualTo(3);
    }
    assertThat(f.engine.stats().rateLimited()).isEqualTo(2);
    assertThat(f.engine.stats().minConcurrency()).isLessThan(4);
  }

  @Test
  void signInPausesTheJobAndResumeFinishesIt() {
    EngineFixture f = new EngineFixture(dir, RestoreEngine.Options.defaults().withConcurrency(1));
    List<String> ids = f.webex.addDeleted("d", 500, "me@example.com");
    f.webex.script(null, null, Fault.SIGN_IN);
    CopyOnWriteArrayList<ProgressEvent> events = new CopyOnWriteArrayList<>();

    RestoreReport paused =
        f.engine.run(f.plan(ids), "op", ListScope.mine(), events::add, new CancellationToken());

    assertThat(paused.state()).isEqualTo(JobState.PAUSED_SIGN_IN);
    assertThat(paused.stateMessage()).contains("Sign in again");
    assertThat(paused.count(FinalState.RESTORED)).isEqualTo(200);
    assertThat(paused.unsettledIds()).hasSize(300);
    assertThat(events.get(events.size() - 1).waitReason())
        .isEqualTo(ProgressEvent.WaitReason.SIGN_IN_REQUIRED);
    assertThat(f.journal.unfinished())
        .extracting(JournalReplay::jobId, JournalReplay::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(paused.jobId(), JobState.PAUSED_SIGN_IN));

    RestoreReport done =
        f.engine.resume(paused.jobId(), ProgressListener.NONE, new CancellationToken());

    f.assertEachIdSettledOnce(done, ids);
    assertThat(done.count(FinalState.RESTORED)).isEqualTo(500);
    assertThat(f.journal.unfinished()).isEmpty();
  }

  @Test
  void cancelStopsBetweenRequestsAndResumeFinishes() {
    EngineFixture f = new EngineFixture(dir, RestoreEngine.Options.defaults().withConcurrency(1));
    List<String> ids = f.webex.addDeleted("d", 1000, "me@example.com");
    CancellationToken cancel = new CancellationToken();
    ProgressListener cancelAfterThree =
        e -> {
          if (e.batchesDone() >= 3) {
            cancel.cancel();
          }
        };

    RestoreReport cancelled =
        f.engine.run(f.plan(ids), "op", ListScope.mine(), cancelAfterThree, cancel);

    assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
    assertThat(f.webex.calls()).hasSize(3);
    assertThat(cancelled.count(FinalState.RESTORED)).isEqualTo(300);
    assertThat(cancelled.unsettledIds()).hasSize(700);

    RestoreReport done = f.engine.resume(cancelled.jobId(), null, null);
    f.assertEachIdSettledOnce(done, ids);
    assertThat(f.webex.calls()).hasSize(10);
  }

  @Test
  void aDeadNetworkPausesTheJobWithoutMisreportingAnId() {
    EngineFixture f = new EngineFixture(dir);
    List<String> ids = f.webex.addDeleted("d", 200, "me@example.com");
    f.webex.script(Fault.APPLY_THEN_DROP);
    // After the first call the network dies.
    RestoreEngine engine =
        new RestoreEngine(
            new NetworkDiesAfterFirstCall(f.webex),
            f.journal,
            f.time,
            f.time,
            RestoreEngine.Options.defaults().withConcurrency(1));

    RestoreReport report = engine.run(f.plan(ids), "op", ListScope.mine());

    assertThat(report.state()).isEqualTo(JobState.PAUSED_NETWORK);
    assertThat(report.stateMessage()).contains("network");
    assertThat(report.outcomes()).isEmpty();
    assertThat(report.unsettledIds()).hasSize(200);

    f.webex.networkDead(false);
    RestoreReport done = engine.resume(report.jobId(), null, null);
    f.assertEachIdSettledOnce(done, ids);
    assertThat(done.count(FinalState.RESTORED)).isEqualTo(200);
  }

  @Test
  void aFullDiskStopsTheJobBeforeAnythingIsSent() {
    EngineFixture f = new EngineFixture(dir);
    List<String> ids = f.webex.addDeleted("d", 10, "me@example.com");
    Journal full =
        new Journal(
            dir,
            f.time,
            (file, options) -> FileChannel.open(Path.of("/dev/full"), StandardOpenOption.WRITE));
    RestoreEngine engine =
        new RestoreEngine(f.webex, full, f.time, f.time, RestoreEngine.Options.defaults());

    assertThatThrownBy(() -> engine.run(f.plan(ids), "op", ListScope.mine()))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("Cannot write the restore journal")
        .hasMessageContaining("free some disk space");
    assertThat(f.webex.calls()).isEmpty();
    assertThat(ids).allMatch(id -> "deleted".equals(f.webex.status(id)));
  }

  @Test
  void restoreAllCountsWhatLeftTheBinByListing() {
    EngineFixture f = new EngineFixture(dir);
    List<String> boss = f.webex.addDeleted("b", 180, "boss@example.com");
    f.webex.addDeleted("o", 20, "other@example.com");
    f.webex.script(Fault.NOOP_204);
    RestorePlan plan =
        f.planner.plan(new RestoreTarget.AllForOwner(EmailAddress.parse("boss@example.com")));

    RestoreReport report = f.engine.run(plan, "admin", null);

    f.assertEachIdSettledOnce(report, boss);
    assertThat(report.leftBinByRelist()).isEqualTo(180);
    assertThat(f.webex.calls()).hasSize(2);
    assertThat(f.webex.calls()).allMatch(c -> c.request().restoreAll());
    assertThat(f.webex.status("o3")).isEqualTo("deleted");
  }

  @Test
  void restoreAllDoesNotStartWithoutACompleteListing() {
    EngineFixture f = new EngineFixture(dir);
    f.webex.addDeleted("b", 50, "me@example.com");
    f.webex.listingIncomplete(true);

    RestoreReport report =
        f.engine.run(f.planner.plan(new RestoreTarget.AllMine()), "me@example.com", null);

    assertThat(report.state()).isEqualTo(JobState.PAUSED_NETWORK);
    assertThat(report.stateMessage()).contains("nothing was restored");
    assertThat(f.webex.calls()).isEmpty();
  }

  @Test
  void manyRandomFaultsStillSettleEveryIdExactlyOnce() {
    EngineFixture f =
        new EngineFixture(
            dir,
            RestoreEngine.Options.defaults()
                .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(1)));
    List<String> ids = new ArrayList<>(f.webex.addDeleted("d", 5000, "me@example.com"));
    f.webex.randomFaults(7, 0.2);

    RestoreReport report = f.runEachSettledOnce(ids);

    assertThat(report.count(FinalState.RESTORED)).isEqualTo(5000);
    assertThat(f.webex.injected().values().stream().mapToInt(Integer::intValue).sum())
        .isGreaterThan(5);
    assertThat(f.webex.calls()).allMatch(c -> c.request().recordingIds().size() <= 100);
  }
}
