package io.recordingrescue.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordingrescue.restore.incident.IncidentAudit;
import io.recordingrescue.restore.incident.IncidentJournal;
import io.recordingrescue.restore.incident.IncidentPlan;
import io.recordingrescue.restore.incident.IncidentPlanner;
import io.recordingrescue.restore.incident.IncidentPreviewer;
import io.recordingrescue.restore.incident.IncidentProgress;
import io.recordingrescue.restore.incident.IncidentReport;
import io.recordingrescue.restore.incident.IncidentRunner;
import io.recordingrescue.restore.incident.OwnerInput;
import io.recordingrescue.restore.incident.OwnerPreview;
import io.recordingrescue.restore.incident.OwnerResult;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.api.RestoreCall;
import io.recordingrescue.sandbox.data.Owner;
import io.recordingrescue.sandbox.faults.FaultKind;
import io.recordingrescue.sandbox.faults.FaultPlan;
import io.recordingrescue.sandbox.oauth.CallerRole;
import io.recordingrescue.testsupport.SandboxBins;
import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RestoreRequest;
import io.recordingrescue.webex.Sleeper;
import io.recordingrescue.webex.WebexClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incidents (restore-all for several owners) on the sandbox over real HTTP, with faults. */
class IncidentSandboxTest {
  @TempDir Path dir;
  private SandboxServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  /**
   * What the engine asked Webex, in one order: each restore before it is sent, each listing and
   * each details answer after it came back. With it the test can say when an owner's bin was first
   * seen empty and whether a restoreAll for that owner was sent after.
   */
  static final class RecordingGateway extends ForwardingGateway {
    sealed interface Event permits Sent, Listed, Looked {
      long seq();
    }

    record Sent(long seq, long nanos, String owner) implements Event {}

    record Listed(long seq, String owner, Set<String> inBin) implements Event {}

    record Looked(long seq, String id, boolean inBin) implements Event {}

    final List<Event> events = new CopyOnWriteArrayList<>();
    private final AtomicLong seq = new AtomicLong();

    RecordingGateway(RestoreGateway inner) {
      super(inner);
    }

    @Override
    public void restore(RestoreRequest request) {
      events.add(new Sent(seq.incrementAndGet(), System.nanoTime(), request.ownerEmail()));
      super.restore(request);
    }

    @Override
    public Optional<Recording> details(String id) {
      Optional<Recording> r = super.details(id);
      events.add(
          new Looked(
              seq.incrementAndGet(), id, r.map(x -> "deleted".equals(x.status())).orElse(false)));
      return r;
    }

    @Override
    public BinListing listBin(ListScope scope) throws InterruptedException {
      BinListing listing = super.listBin(scope);
      if (listing.complete() && scope instanceof ListScope.Owner owner) {
        events.add(
            new Listed(
                seq.incrementAndGet(),
                owner.email().value(),
                listing.recordings().stream().map(Recording::id).collect(Collectors.toSet())));
      }
      return listing;
    }
  }

  private SandboxServer start(int owners, int records, double deleted) {
    server =
        SandboxServer.start(
            SandboxConfig.builder()
                .seed(15)
                .recordCount(records)
                .ownerCount(owners)
                .deletedFraction(deleted)
                .build());
    return server;
  }

  private WebexClient adminClient() {
    return SandboxHarness.client(
        server.baseUrl(),
        new SandboxHarness.RenewingTokens(
            server, CallerRole.ADMIN, server.adminEmail(), server.adminToken()));
  }

  private static RecordingGateway gateway(WebexClient client) {
    return new RecordingGateway(
        new WebexRestoreGateway(
            client,
            new BinScanner(client, Clock.systemUTC(), 3),
            BinScanner.DEFAULT_HORIZON.plusDays(1)));
  }

  private IncidentRunner runner(RestoreGateway gateway) {
    Clock clock = Clock.systemUTC();
    RestoreEngine engine =
        new RestoreEngine(
            gateway, new Journal(dir, clock), clock, Sleeper.SYSTEM, SandboxHarness.fastOptions(1));
    return new IncidentRunner(engine, new IncidentJournal(dir, clock), clock, 3);
  }

  private static IncidentPreviewer previewer(WebexClient client) {
    BinScanner scanner = new BinScanner(client, Clock.systemUTC(), 3);
    return new IncidentPreviewer(
        (scope, l) -> scanner.scan(scope, BinScanner.DEFAULT_HORIZON.plusDays(1), l), 4);
  }

  private List<String> ownerEmails() {
    return server.dataSet().owners().stream().map(Owner::email).toList();
  }

  @Test
  void fortyOwnersWithTwentyPercentFaultsAndAStopMidwayEndWithEveryBinEmptyAndNoOwnerSentTwice()
      throws Exception {
    start(41, 1_000, 0.4);
    List<String> owners = ownerEmails().subList(1, 41);
    Map<String, Set<String>> binAtStart = new HashMap<>();
    for (String o : owners) {
      binAtStart.put(
          o,
          SandboxBins.deletedOf(server, o).stream().map(Recording::id).collect(Collectors.toSet()));
    }
    assertThat(binAtStart.values())
        .as("every owner has recordings in the bin")
        .allMatch(s -> !s.isEmpty());

    WebexClient client = adminClient();
    OwnerInput input = new IncidentPlanner().fromText(String.join("\n", owners));
    List<OwnerPreview> previews =
        previewer(client).preview(input.owners(), (p, n, t) -> {}, () -> false);
    assertThat(previews).allMatch(p -> p.status() == OwnerPreview.Status.IN_BIN);
    assertThat(previews)
        .allSatisfy(p -> assertThat(p.count()).isEqualTo(binAtStart.get(p.owner().value()).size()));
    IncidentPlan plan = IncidentPlan.of(input, previews, Set.of());
    assertThat(plan.owners()).hasSize(40);

    // Retry-After 0: the 429s cost no waiting here.
    server.setFaults(SandboxHarness.twentyPercentFaults().withRetryAfterSeconds(0));
    RecordingGateway gateway = gateway(client);
    // The stop: after 15 owners are done the run is cancelled, as Ctrl+C or closing the window
    // would; the owners in flight stop between requests.
    CancellationToken stop = new CancellationToken();
    List<IncidentProgress> progress = new CopyOnWriteArrayList<>();
    IncidentReport first =
        runner(gateway)
            .start(
                plan,
                "admin@sandbox.example.com",
                p -> {
                  progress.add(p);
                  if (p.ownersDone() >= 15) {
                    stop.cancel();
                  }
                },
                stop);
    assertThat(first.completed()).as(first.toString()).isFalse();
    int doneBefore = first.ownersDone();
    assertThat(doneBefore).isBetween(15, 39);
    assertThat(progress).isNotEmpty();
    assertThat(progress.get(progress.size() - 1).ownersTotal()).isEqualTo(40);
    assertThat(progress.get(progress.size() - 1).recordingsRestored())
        .isEqualTo(first.recordingsRestored())
        .isPositive();
    Set<String> doneInFirstRun = settledOwners(first);
    int sentForDoneOwners = sendsFor(gateway, doneInFirstRun);

    // A fresh runner and engine, as after a restart; a paused incident is resumed until it ends.
    IncidentReport last = first;
    int resumes = 0;
    while (!last.completed() && resumes < 8) {
      resumes++;
      last =
          runner(gateway)
              .resume(first.incidentId(), IncidentProgress.Listener.NONE, new CancellationToken());
    }
    assertThat(last.completed()).as(last.toString()).isTrue();
    assertThat(last.ownersDone()).isEqualTo(40);

    server.setFaults(FaultPlan.none());
    for (String o : owners) {
      assertThat(server.countDeleted(o)).as("bin of " + o).isZero();
    }
    assertThat(last.owners())
        .allSatisfy(
            o -> {
              assertThat(o.state()).as(o.toString()).isEqualTo(OwnerResult.State.RESTORED);
              assertThat(o.before()).isEqualTo(binAtStart.get(o.owner()).size());
              assertThat(o.restored()).isEqualTo(o.before());
              assertThat(o.left()).isZero();
              assertThat(o.jobId()).isNotNull();
            });

    // Owners done before the stop were not sent again after it.
    assertThat(sendsFor(gateway, doneInFirstRun)).isEqualTo(sentForDoneOwners);
    // No owner's restoreAll was sent after its bin was seen empty, by a listing or by looking at
    // each recording it had.
    for (String o : owners) {
      long seenEmpty = seenEmptyAt(gateway, o, binAtStart.get(o));
      assertThat(seenEmpty).as("bin of " + o + " seen empty").isPositive();
      assertThat(gateway.events)
          .filteredOn(e -> e instanceof RecordingGateway.Sent s && o.equals(s.owner()))
          .as("restoreAll for " + o + " after its bin was seen empty")
          .allMatch(e -> e.seq() < seenEmpty);
    }
    // And none after the owner was journalled done: the incident journal's done lines, compared
    // with the sandbox's log of restore calls that reached it.
    Map<String, java.time.Instant> doneAt = doneTimes(first.incidentId());
    assertThat(doneAt).hasSize(40);
    for (RestoreCall call : server.restoreLog()) {
      assertThat(call.restoreAll()).isTrue();
      assertThat(call.at()).as(call.ownerEmail()).isBefore(doneAt.get(call.ownerEmail()));
    }
    assertThat(server.restoreLog().stream().map(RestoreCall::ownerEmail).distinct())
        .containsExactlyInAnyOrderElementsOf(owners);
    assertThat(server.injectedFaults()).isNotEmpty();

    // One audit for the whole incident.
    IncidentAudit audit = new IncidentAudit();
    String csv = audit.csv(last);
    assertThat(csv.lines()).hasSize(41);
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(
            "incidentId,operator,startedAt,finishedAt,incidentState,ownerEmail,ownerState,"
                + "countBefore,restored,leftInBin,trackingIds,jobId,message");
    JsonNode json = new ObjectMapper().readTree(audit.json(last));
    assertThat(json.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(json.get("owners")).hasSize(40);
    assertThat(json.get("recordingsRestored").asInt())
        .isEqualTo(binAtStart.values().stream().mapToInt(Set::size).sum());
    // The incident's own report from its journal agrees.
    IncidentReport fromJournal =
        IncidentRunner.report(
            new IncidentJournal(dir, Clock.systemUTC()).replay(first.incidentId()));
    assertThat(fromJournal.owners()).isEqualTo(last.owners());
    assertThat(fromJournal.completed()).isTrue();
  }

  @Test
  void anOwnerOfAnotherOrgIsNotAllowedAnEmptyBinIsMarkedAndNeitherIsSent() throws Exception {
    start(4, 200, 0.5);
    List<String> owners = ownerEmails();
    String withRecordings = owners.get(1);
    // Owner 3 gets an empty bin: everything of theirs restored before the incident.
    String empty = owners.get(3);
    adminClient()
        .restore(RestoreRequest.allForOwner(io.recordingrescue.webex.EmailAddress.parse(empty)));
    assertThat(server.countDeleted(empty)).isZero();
    server.clearLogs();
    String foreign = "someone@other-org.example.net";

    WebexClient client = adminClient();
    OwnerInput input =
        new IncidentPlanner().fromText(withRecordings + "; " + foreign + "\n" + empty + "\nnope");
    List<OwnerPreview> previews =
        previewer(client).preview(input.owners(), (p, n, t) -> {}, () -> false);

    assertThat(previews)
        .extracting(p -> p.owner().value(), OwnerPreview::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(withRecordings, OwnerPreview.Status.IN_BIN),
            org.assertj.core.groups.Tuple.tuple(foreign, OwnerPreview.Status.NOT_ALLOWED),
            org.assertj.core.groups.Tuple.tuple(empty, OwnerPreview.Status.EMPTY));
    OwnerPreview full = previews.get(0);
    assertThat(full.count()).isEqualTo((int) server.countDeleted(withRecordings)).isPositive();
    assertThat(full.totalBytes()).isPositive();
    assertThat(full.oldest()).isBeforeOrEqualTo(full.newest());
    assertThat(previews.get(1).message()).contains("403").contains("not in your organisation");

    IncidentReport report =
        runner(gateway(client))
            .start(
                IncidentPlan.of(input, previews, Set.of()),
                "admin@sandbox.example.com",
                IncidentProgress.Listener.NONE,
                new CancellationToken());

    assertThat(report.completed()).isTrue();
    assertThat(report.owners())
        .extracting(OwnerResult::owner, OwnerResult::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(withRecordings, OwnerResult.State.RESTORED),
            org.assertj.core.groups.Tuple.tuple(foreign, OwnerResult.State.NOT_ALLOWED),
            org.assertj.core.groups.Tuple.tuple(empty, OwnerResult.State.NOTHING_IN_BIN),
            org.assertj.core.groups.Tuple.tuple("nope", OwnerResult.State.MALFORMED));
    assertThat(server.restoreLog())
        .extracting(RestoreCall::ownerEmail)
        .containsOnly(withRecordings);
    assertThat(server.countDeleted(withRecordings)).isZero();
    String csv = new IncidentAudit().csv(report);
    assertThat(csv).contains(foreign + ",NOT_ALLOWED").contains("nope,MALFORMED");
  }

  @Test
  void aNetworkThatDiesMidIncidentPausesItAndAResumeFinishesWithoutResendingDoneOwners()
      throws Exception {
    assertPausesAndResumes(
        FaultPlan.none().withRate(FaultKind.DROP_CONNECTION, 1.0), JobState.PAUSED_NETWORK);
  }

  @Test
  void aStormOf429sMidIncidentPausesItAndAResumeFinishes() throws Exception {
    assertPausesAndResumes(
        FaultPlan.none().withRetryAfterSeconds(0).withRate(FaultKind.TOO_MANY_REQUESTS, 1.0),
        JobState.PAUSED_NETWORK);
  }

  private void assertPausesAndResumes(FaultPlan storm, JobState expected) throws Exception {
    start(9, 400, 0.5);
    List<String> owners = ownerEmails().subList(1, 9);
    // Few, short retries: the storm lasts until the test ends it, so retrying long only waits.
    WebexClient client =
        WebexClient.builder(
                server.baseUrl(),
                io.recordingrescue.webex.AccessTokenSource.fixed(server.adminToken()))
            .retryPolicy(
                new io.recordingrescue.webex.RetryPolicy(
                    2, 3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofMillis(5)))
            .time(Clock.systemUTC(), Sleeper.SYSTEM)
            .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .build();
    OwnerInput input = new IncidentPlanner().fromText(String.join(",", owners));
    List<OwnerPreview> previews =
        previewer(client).preview(input.owners(), (p, n, t) -> {}, () -> false);
    IncidentPlan plan = IncidentPlan.of(input, previews, Set.of());
    assertThat(plan.owners()).hasSize(8);
    RecordingGateway gateway = gateway(client);

    IncidentReport paused =
        runner(gateway)
            .start(
                plan,
                "admin@sandbox.example.com",
                p -> {
                  if (p.ownersDone() >= 2) {
                    server.setFaults(storm);
                  }
                },
                new CancellationToken());

    assertThat(paused.state()).as(paused.toString()).isEqualTo(expected);
    assertThat(paused.stateMessage()).isNotBlank();
    assertThat(paused.ownersDone()).isBetween(2, 7);
    assertThat(paused.owners().subList(0, 8))
        .anyMatch(
            o ->
                o.state() == OwnerResult.State.UNFINISHED
                    || o.state() == OwnerResult.State.NOT_STARTED);
    assertThat(new IncidentJournal(dir, Clock.systemUTC()).unfinished())
        .extracting(r -> r.incidentId())
        .containsExactly(paused.incidentId());
    Set<String> done = settledOwners(paused);
    int sentForDone = sendsFor(gateway, done);

    server.setFaults(FaultPlan.none());
    IncidentReport resumed =
        runner(gateway)
            .resume(paused.incidentId(), IncidentProgress.Listener.NONE, new CancellationToken());

    assertThat(resumed.completed()).as(resumed.toString()).isTrue();
    assertThat(resumed.owners()).allMatch(o -> o.state() == OwnerResult.State.RESTORED);
    assertThat(sendsFor(gateway, done)).isEqualTo(sentForDone);
    for (String o : owners) {
      assertThat(server.countDeleted(o)).as(o).isZero();
    }
    assertThat(new IncidentJournal(dir, Clock.systemUTC()).unfinished()).isEmpty();
  }

  /** The owners the report has settled: done, whatever their outcome. */
  private static Set<String> settledOwners(IncidentReport report) {
    return report.owners().stream()
        .filter(o -> o.state().settled())
        .map(OwnerResult::owner)
        .collect(Collectors.toSet());
  }

  private static int sendsFor(RecordingGateway gateway, Set<String> owners) {
    return (int)
        gateway.events.stream()
            .filter(e -> e instanceof RecordingGateway.Sent s && owners.contains(s.owner()))
            .count();
  }

  /** The first event after which every recording the owner had in the bin was seen out of it. */
  private static long seenEmptyAt(RecordingGateway gateway, String owner, Set<String> bin) {
    Set<String> out = new HashSet<>();
    for (RecordingGateway.Event e : gateway.events) {
      if (e instanceof RecordingGateway.Listed l && l.owner().equals(owner)) {
        for (String id : bin) {
          if (!l.inBin().contains(id)) {
            out.add(id);
          }
        }
      } else if (e instanceof RecordingGateway.Looked k && bin.contains(k.id()) && !k.inBin()) {
        out.add(k.id());
      }
      if (out.containsAll(bin)) {
        return e.seq();
      }
    }
    return -1;
  }

  private Map<String, java.time.Instant> doneTimes(String incidentId) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, java.time.Instant> out = new HashMap<>();
    for (String line :
        Files.readAllLines(new IncidentJournal(dir, Clock.systemUTC()).fileOf(incidentId))) {
      JsonNode n = mapper.readTree(line);
      if (n.path("type").asText().equals("done")) {
        out.putIfAbsent(n.get("owner").asText(), java.time.Instant.parse(n.get("at").asText()));
      }
    }
    return out;
  }
}
