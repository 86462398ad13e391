package io.recordingrescue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordingrescue.restore.CancellationToken;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.incident.IncidentPlan;
import io.recordingrescue.restore.incident.IncidentPlanner;
import io.recordingrescue.restore.incident.IncidentReport;
import io.recordingrescue.restore.incident.OwnerInput;
import io.recordingrescue.restore.incident.OwnerPreview;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.api.RequestRecord;
import io.recordingrescue.sandbox.api.RestoreCall;
import io.recordingrescue.sandbox.data.Owner;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.WebexClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code restore-all --owners-file}: incidents from the command line against the sandbox. */
class IncidentCommandTest {
  private static final String FOREIGN = "someone@other-org.example.net";
  private SandboxServer sandbox;
  private List<String> owners;
  @TempDir Path dataDir;
  @TempDir Path files;

  @BeforeEach
  void start() {
    sandbox =
        SandboxServer.start(
            SandboxConfig.builder()
                .seed(3)
                .recordCount(300)
                .ownerCount(5)
                .deletedFraction(0.5)
                .build());
    owners = sandbox.dataSet().owners().stream().map(Owner::email).toList().subList(1, 5);
    assertThat(owners).allMatch(o -> sandbox.countDeleted(o) > 0);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private CliRun as(String token) {
    return new CliRun(dataDir).api(sandbox.baseUrl().toString(), token);
  }

  private Path file(String name, String text) throws Exception {
    Path f = files.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  /** restore-all of the owners listed in {@code ownersFile}, as the administrator. */
  private CliRun.Result incident(Path ownersFile, String... options) {
    List<String> args =
        new ArrayList<>(List.of("restore-all", "--owners-file", ownersFile.toString()));
    args.addAll(List.of(options));
    return as(sandbox.adminToken()).run(args.toArray(String[]::new));
  }

  /** Refused as bad input (exit 2), saying why on stderr. */
  private static void assertBadInput(CliRun.Result r, String... says) {
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains(says);
  }

  private List<RequestRecord> restorePosts() {
    return sandbox.requestLog().stream()
        .filter(r -> r.method().equals("POST") && r.target().contains("/restore"))
        .toList();
  }

  @Test
  void dryRunPrintsEachOwnersPreviewListsMalformedAddressesAndSendsNothing() throws Exception {
    Path f =
        file(
            "owners.txt",
            owners.get(0).toUpperCase()
                + "; "
                + owners.get(1)
                + "\n"
                + owners.get(0)
                + "\n"
                + FOREIGN
                + ", not-an-address\n");

    CliRun.Result r = incident(f, "--dry-run");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("OWNER").contains("COUNT").contains("OLDEST");
    String row0 =
        r.out().lines().filter(l -> l.startsWith(owners.get(0))).findFirst().orElseThrow();
    assertThat(row0)
        .contains("recordings")
        .contains(" " + sandbox.countDeleted(owners.get(0)) + " ");
    assertThat(r.out()).containsPattern(FOREIGN + "\\s+not allowed");
    long total = sandbox.countDeleted(owners.get(0)) + sandbox.countDeleted(owners.get(1));
    assertThat(r.out())
        .contains("Would restore " + total + " recording(s)")
        .contains("of 2 owner(s)");
    assertThat(r.out()).contains("Dry run: nothing was sent.");
    assertThat(r.err()).contains("Not sent: \"not-an-address\"").contains("1 repeated address");
    assertThat(sandbox.restoreLog()).isEmpty();
    assertThat(restorePosts()).isEmpty();
    assertThat(sandbox.requestLog()).anyMatch(q -> q.target().contains("ownerEmail="));
  }

  @Test
  void anIncidentRestoresEveryOwnerAndIsListedExportedAndNotResumable() throws Exception {
    Path f =
        file(
            "owners.csv",
            "Name,Email\nA,\""
                + owners.get(0)
                + "\"\nB,"
                + owners.get(1)
                + "\nC,"
                + owners.get(2)
                + "\n");

    CliRun.Result r = incident(f, "--yes");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).containsPattern("Incident incident-\\S+: 3 of 3 owner\\(s\\) done");
    for (String o : owners.subList(0, 3)) {
      assertThat(sandbox.countDeleted(o)).as(o).isZero();
    }
    assertThat(sandbox.countDeleted(owners.get(3))).isPositive();
    assertThat(sandbox.restoreLog())
        .extracting(RestoreCall::ownerEmail)
        .containsExactlyInAnyOrderElementsOf(owners.subList(0, 3));

    JsonNode jobs = new ObjectMapper().readTree(as(null).run("jobs", "--format", "json").out());
    JsonNode incident = null;
    for (JsonNode j : jobs) {
      if (j.get("jobId").asText().startsWith("incident-")) {
        incident = j;
      }
    }
    assertThat(incident).isNotNull();
    assertThat(incident.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(incident.get("resumable").asBoolean()).isFalse();
    assertThat(incident.get("settled").asInt()).isEqualTo(3);
    String id = incident.get("jobId").asText();

    CliRun.Result csv = as(null).run("export", id, "--format", "csv");
    assertThat(csv.code()).as(csv.toString()).isZero();
    assertThat(csv.out().lines()).hasSize(4);
    assertThat(csv.out()).contains(owners.get(0) + ",RESTORED");
    CliRun.Result json = as(null).run("export", id, "--format", "json");
    assertThat(new ObjectMapper().readTree(json.out()).get("owners")).hasSize(3);

    CliRun.Result again = as(sandbox.adminToken()).run("resume", id);
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("already COMPLETED");
  }

  @Test
  void anIncidentStoppedMidwayIsOfferedAndFinishedByResume() throws Exception {
    // Start an incident and stop it after its first owner, as Ctrl+C would.
    WebexClient client =
        WebexClient.builder(sandbox.baseUrl(), AccessTokenSource.fixed(sandbox.adminToken()))
            .build();
    EngineRestoreJobs jobs =
        new EngineRestoreJobs(
            Journal.inDataDir(dataDir, Clock.systemUTC()),
            client,
            Clock.systemUTC(),
            RestoreEngine.Options.defaults());
    OwnerInput input = new IncidentPlanner().fromText(String.join("\n", owners));
    List<OwnerPreview> previews =
        owners.stream()
            .map(
                o ->
                    new OwnerPreview(
                        io.recordingrescue.webex.EmailAddress.parse(o),
                        OwnerPreview.Status.IN_BIN,
                        (int) sandbox.countDeleted(o),
                        1,
                        Instant.EPOCH,
                        Instant.EPOCH,
                        null))
            .toList();
    CancellationToken cancel = new CancellationToken();
    IncidentReport stopped =
        jobs.startIncident(
            IncidentPlan.of(input, previews, Set.of()),
            "admin@sandbox.example.com",
            1,
            p -> {
              if (p.ownersDone() >= 1) {
                cancel.cancel();
              }
            },
            cancel);
    assertThat(stopped.completed()).isFalse();
    Set<String> doneFirst =
        stopped.owners().stream()
            .filter(o -> o.state().settled())
            .map(o -> o.owner())
            .collect(Collectors.toSet());
    assertThat(doneFirst).hasSize(1);
    int callsBefore = sandbox.restoreLog().size();

    CliRun.Result list = as(null).run("jobs");
    assertThat(list.out()).contains(stopped.incidentId()).contains("CANCELLED*");
    Path one = file("one.txt", owners.get(0));
    CliRun.Result reminder = incident(one, "--dry-run");
    assertThat(reminder.err()).contains(stopped.incidentId());

    CliRun.Result r = as(sandbox.adminToken()).run("resume", stopped.incidentId());

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("4 of 4 owner(s) done");
    for (String o : owners) {
      assertThat(sandbox.countDeleted(o)).as(o).isZero();
    }
    List<RestoreCall> afterResume =
        sandbox.restoreLog().subList(callsBefore, sandbox.restoreLog().size());
    assertThat(afterResume)
        .extracting(RestoreCall::ownerEmail)
        .doesNotContainAnyElementsOf(doneFirst);
  }

  @Test
  void asAUserTheIncidentIsRefusedWithExitTwoAndNothingIsSent() throws Exception {
    Path f = file("owners.txt", String.join("\n", owners));

    assertBadInput(
        as(sandbox.userToken()).run("restore-all", "--owners-file", f.toString(), "--yes"),
        "needs an administrator account");
    assertThat(restorePosts()).isEmpty();
  }

  @Test
  void aCsvWithoutAnEmailColumnIsRefusedWithExitTwoBeforeAnythingIsAsked() throws Exception {
    Path f = file("owners.csv", "name,dept\nAnn,Sales\n");

    assertBadInput(incident(f, "--yes"), "no e-mail column", "\"name\", \"dept\"");
    assertThat(sandbox.requestLog()).isEmpty();
  }

  @Test
  void moreThanAThousandOwnersAreRefusedWithTheReason() throws Exception {
    Path f =
        file(
            "owners.txt",
            IntStream.range(0, 1001)
                .mapToObj(i -> "u" + i + "@sandbox.example.com")
                .collect(Collectors.joining("\n")));

    assertBadInput(incident(f, "--dry-run"), "1001 owners given", "at most 1000");
    assertThat(sandbox.requestLog()).isEmpty();
  }

  @Test
  void badFilesAndOptionsAreRefusedWithExitTwo() throws Exception {
    assertBadInput(incident(files.resolve("nope.txt"), "--yes"), "There is no file");

    Path onlyJunk = file("junk.txt", "junk\nmore junk\n");
    assertBadInput(incident(onlyJunk, "--yes"), "Not sent: \"junk\"", "names no valid owner");

    Path good = file("ok.txt", owners.get(0));
    assertBadInput(
        incident(good, "--owner", owners.get(0), "--yes"), "either --owner or --owners-file");

    assertBadInput(incident(good), "add --yes");
    assertThat(restorePosts()).isEmpty();
  }
}
