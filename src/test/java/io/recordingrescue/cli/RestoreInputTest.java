package io.recordingrescue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.testsupport.ClassSandbox;
import io.recordingrescue.webex.Recording;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Bad input and dry runs of restore and restore-all: nothing is ever restored. */
class RestoreInputTest {
  @RegisterExtension
  static final ClassSandbox sandbox =
      new ClassSandbox(SandboxConfig.builder().recordCount(60).ownerCount(3).build());

  @TempDir Path dataDir;

  private CliRun as(String token) {
    return new CliRun(dataDir).api(sandbox.server().baseUrl().toString(), token);
  }

  private List<String> deletedIdsOf(String owner) {
    return sandbox.server().recordings().stream()
        .filter(r -> r.status().equals("deleted") && r.ownerEmail().equalsIgnoreCase(owner))
        .map(Recording::id)
        .toList();
  }

  private void assertNothingSent() {
    assertThat(sandbox.server().requestLog()).isEmpty();
    assertThat(sandbox.server().restoreLog()).isEmpty();
  }

  @Test
  void badIdsInputIsOneLineExit2AndNothingSent() throws Exception {
    Path noIdColumn = Files.writeString(dataDir.resolve("x.csv"), "topic,owner\na,b\n");
    Path empty = Files.writeString(dataDir.resolve("empty.txt"), "\n\n");
    CliRun run = as(sandbox.server().userToken());
    List<CliRun.Result> results =
        List.of(
            run.run("restore", "--ids-file", dataDir.resolve("missing.txt").toString()),
            run.run("restore", "--ids-file", empty.toString()),
            run.run("restore", "--ids-file", noIdColumn.toString()),
            run.run("restore"),
            run.run("restore", "--ids", "A", "--ids-file", empty.toString()),
            run.run("restore", "--ids", "A", "--concurrency", "0"),
            run.run("restore", "--idz", "A"));
    for (CliRun.Result r : results) {
      assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.err().lines()).as(r.toString()).hasSize(1);
      assertThat(r.out()).isEmpty();
    }
    assertThat(results.get(0).err()).contains("does not exist");
    assertThat(results.get(2).err()).contains("\"id\" column");
    assertNothingSent();
  }

  @Test
  void dryRunReadsIdsFromStdinAndSendsNoRestore() {
    List<String> mine = deletedIdsOf(sandbox.server().userEmail());
    CliRun run = as(sandbox.server().userToken());
    run.stdin = "id,topic\n" + mine.get(0) + ",x\n" + mine.get(1) + ",y\nNOPE123,z\n";

    CliRun.Result r = run.run("restore", "--ids-file", "-", "--dry-run");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("would restore 2 of 3").contains("NOT_IN_BIN NOPE123");
    assertThat(sandbox.server().restoreLog()).isEmpty();
    assertThat(sandbox.server().requestLog()).noneMatch(q -> q.method().equals("POST"));
  }

  @Test
  void restoreAllWithoutTerminalNeedsYes() {
    CliRun.Result r = as(sandbox.server().userToken()).run("restore-all");

    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().lines()).hasSize(1).first().asString().contains("--yes");
    assertNothingSent();
  }

  @Test
  void restoreAllOwnerRules() {
    CliRun.Result userWithOwner =
        as(sandbox.server().userToken()).run("restore-all", "--owner", "a@example.com", "--yes");
    CliRun.Result adminWithoutOwner = as(sandbox.server().adminToken()).run("restore-all", "--yes");
    CliRun.Result badEmail =
        as(sandbox.server().adminToken()).run("restore-all", "--owner", "x@", "--yes");

    for (CliRun.Result r : List.of(userWithOwner, adminWithoutOwner, badEmail)) {
      assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.err().lines()).as(r.toString()).hasSize(1);
    }
    assertThat(adminWithoutOwner.err()).contains("--owner");
    assertThat(sandbox.server().restoreLog()).isEmpty();
    assertThat(sandbox.server().requestLog()).noneMatch(q -> q.method().equals("POST"));
  }

  @Test
  void restoreAllDryRunCountsTheBin() {
    String owner = sandbox.server().dataSet().owners().get(1).email();

    CliRun.Result r =
        as(sandbox.server().adminToken()).run("restore-all", "--owner", owner, "--dry-run");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("would restore " + sandbox.server().countDeleted(owner) + " recording(s)")
        .contains(owner);
    assertThat(sandbox.server().restoreLog()).isEmpty();
  }

  @Test
  void declinedConfirmationRestoresNothing() {
    CliRun run = as(sandbox.server().userToken());
    run.terminal = true;
    run.stdin = "n\n";

    CliRun.Result r = run.run("restore-all");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.PARTLY_FAILED);
    assertThat(r.err())
        .contains(
            "Restore "
                + sandbox.server().countDeleted(sandbox.server().userEmail())
                + " recording(s)");
    assertThat(r.out()).contains("Nothing restored");
    assertThat(sandbox.server().restoreLog()).isEmpty();
    assertThat(
            sandbox.server().requestLog().stream().map(q -> q.method()).collect(Collectors.toSet()))
        .containsOnly("GET");
  }
}
