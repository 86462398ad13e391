package io.recordingrescue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.api.RestoreCall;
import io.recordingrescue.sandbox.faults.FaultPlan;
import io.recordingrescue.testsupport.SandboxBins;
import io.recordingrescue.webex.Recording;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** restore, restore-all, jobs, resume and export with the real engine against the sandbox. */
class RestoreJobsTest {
  private final ObjectMapper json = new ObjectMapper();
  private SandboxServer sandbox;
  @TempDir Path dataDir;

  private SandboxServer start(int records) {
    sandbox =
        SandboxServer.start(SandboxConfig.builder().recordCount(records).ownerCount(3).build());
    return sandbox;
  }

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private CliRun as(String token) {
    return new CliRun(dataDir).api(sandbox.baseUrl().toString(), token);
  }

  private List<String> deleted(String owner) {
    return SandboxBins.deleted(sandbox).stream()
        .filter(r -> owner == null || r.ownerEmail().equalsIgnoreCase(owner))
        .map(Recording::id)
        .toList();
  }

  private String status(String id) {
    return sandbox.find(id).orElseThrow().status();
  }

  @Test
  void restoreByIdsThenJobsAndExport() throws Exception {
    start(60);
    List<String> ids = deleted(sandbox.userEmail()).subList(0, 3);

    CliRun.Result r = as(sandbox.userToken()).run("restore", "--ids", String.join(",", ids));

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("3 restored").contains("0 failed");
    assertThat(ids).allSatisfy(id -> assertThat(status(id)).isEqualTo("available"));
    assertThat(sandbox.restoreLog())
        .flatExtracting(RestoreCall::recordingIds)
        .containsExactlyInAnyOrderElementsOf(ids);

    CliRun.Result jobs = as(null).run("jobs", "--format", "json");
    assertThat(jobs.code()).as(jobs.toString()).isZero();
    JsonNode list = json.readTree(jobs.out());
    assertThat(list).hasSize(1);
    String jobId = list.get(0).get("jobId").asText();
    assertThat(list.get(0).get("restored").asInt()).isEqualTo(3);
    assertThat(list.get(0).get("resumable").asBoolean()).isFalse();
    assertThat(as(null).run("jobs").out()).contains(jobId);

    CliRun.Result exported = as(null).run("export", jobId, "--format", "json");
    assertThat(exported.code()).as(exported.toString()).isZero();
    assertThat(json.readTree(exported.out()).toString()).contains(ids.get(0)).contains("RESTORED");

    Path csv = dataDir.resolve("audit.csv");
    CliRun.Result toFile =
        as(null).run("export", jobId, "--format", "csv", "--out", csv.toString());
    assertThat(toFile.code()).isZero();
    List<List<String>> rows = Csv.parse(Files.readString(csv));
    assertThat(rows.get(0)).contains("recordingId", "finalState");
    assertThat(rows).hasSize(1 + 3);

    assertThat(as(null).run("export", "no-such-job", "--format", "csv").code())
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThat(as(null).run("resume", "no-such-job").code()).isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void restoreFromStdinCsvReportsIdsThatAreNotFound() {
    start(60);
    CliRun admin = as(sandbox.adminToken());
    List<String> ids = deleted(null).subList(0, 4);
    admin.stdin = "id,topic\n" + String.join(",t\n", ids) + ",t\nUNKNOWN-ID-1,t\n";

    CliRun.Result r = admin.run("restore", "--ids-file", "-", "--quiet");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.PARTLY_FAILED);
    assertThat(r.out()).contains("4 restored").contains("NOT_FOUND UNKNOWN-ID-1");
    assertThat(r.err()).isEmpty();
    assertThat(ids).allSatisfy(id -> assertThat(status(id)).isEqualTo("available"));
  }

  @Test
  void restoreAllForAnOwnerWithYes() {
    start(60);
    String owner = sandbox.dataSet().owners().get(2).email();
    long before = sandbox.countDeleted(owner);
    assertThat(before).isPositive();

    CliRun.Result r = as(sandbox.adminToken()).run("restore-all", "--owner", owner, "--yes");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(sandbox.countDeleted(owner)).isZero();
    assertThat(sandbox.restoreLog())
        .anySatisfy(
            call -> {
              assertThat(call.restoreAll()).isTrue();
              assertThat(call.ownerEmail()).isEqualToIgnoringCase(owner);
            });
  }

  @Test
  void ctrlCLeavesAResumableJobAndResumeFinishesIt() throws Exception {
    start(900);
    sandbox.setFaults(FaultPlan.none().withLatency(40, 0));
    List<String> ids = new ArrayList<>(deleted(null).subList(0, 500));
    Path file = Files.write(dataDir.resolve("ids.txt"), ids);
    CliRun admin = as(sandbox.adminToken());

    CompletableFuture<CliRun.Result> running =
        CompletableFuture.supplyAsync(
            () -> admin.run("restore", "--ids-file", file.toString(), "--concurrency", "1"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (sandbox.restoreLog().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    admin.interrupts.press();
    CliRun.Result cancelled = running.get(30, TimeUnit.SECONDS);

    assertThat(cancelled.code()).as(cancelled.toString()).isEqualTo(ExitCode.PARTLY_FAILED);
    assertThat(cancelled.err()).contains("rescue resume ");
    assertThat(ids).anySatisfy(id -> assertThat(status(id)).isEqualTo("deleted"));
    JsonNode jobs = json.readTree(as(null).run("jobs", "--format", "json").out());
    assertThat(jobs).hasSize(1);
    assertThat(jobs.get(0).get("resumable").asBoolean()).isTrue();
    String jobId = jobs.get(0).get("jobId").asText();
    assertThat(cancelled.err()).contains(jobId);

    sandbox.setFaults(FaultPlan.none());
    CliRun.Result listing = as(sandbox.adminToken()).run("list", "--format", "csv");
    assertThat(listing.err())
        .contains("1 unfinished restore job(s) on this machine: " + jobId)
        .contains("rescue resume JOB");

    CliRun.Result resumed = as(sandbox.adminToken()).run("resume", jobId);

    assertThat(resumed.code()).as(resumed.toString()).isZero();
    assertThat(ids).allSatisfy(id -> assertThat(status(id)).isEqualTo("available"));
    Set<String> sent = new HashSet<>();
    for (RestoreCall call : sandbox.restoreLog()) {
      for (String id : call.recordingIds()) {
        assertThat(sent.add(id)).as("%s sent twice", id).isTrue();
      }
    }
    JsonNode after = json.readTree(as(null).run("jobs", "--format", "json").out());
    assertThat(after.get(0).get("resumable").asBoolean()).isFalse();
    assertThat(as(sandbox.adminToken()).run("resume", jobId).out()).contains("nothing to resume");
    assertThat(as(sandbox.adminToken()).run("list", "--format", "csv").err())
        .doesNotContain("unfinished");
  }
}
