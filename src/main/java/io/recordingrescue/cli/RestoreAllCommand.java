package io.recordingrescue.cli;

import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "restore-all",
    description = {
      "Restore every recording in the recycle bin of one owner (administrator, --owner) or of"
          + " your own (user). Asks for confirmation on a terminal unless --yes."
    })
final class RestoreAllCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = "--owner", paramLabel = "EMAIL", description = "Whose recordings (admin only).")
  String owner;

  @Option(
      names = "--dry-run",
      description = "Say how many recordings (and how much) would be restored; send nothing.")
  boolean dryRun;

  @Option(names = "--yes", description = "Do not ask for confirmation (needed without a terminal).")
  boolean yes;

  @Mixin ConcurrencyOption concurrency;

  RestoreAllCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws InterruptedException {
    ctx.remindUnfinishedJobs();
    EmailAddress ownerEmail = owner == null ? null : EmailAddress.parse(owner);
    int inFlight = concurrency.value();
    if (!dryRun && !yes && !ctx.env().terminal()) {
      throw CliException.badInput(
          "restore-all asks for confirmation, but there is no terminal: add --yes to run it from"
              + " a script (nothing was restored).");
    }
    Connection connection = ctx.connect();
    ListScope scope = connection.scopeFor(ownerEmail);
    if (scope.isAdmin() && ownerEmail == null) {
      throw CliException.badInput(
          "As an administrator, name whose recordings to restore with --owner EMAIL (nothing was"
              + " restored).");
    }
    String whose = ownerEmail == null ? "your" : ownerEmail + "'s";
    if (dryRun || !yes) {
      BinListing.Outcome scan = BinListing.scan(ctx, connection, scope, BinScanner.DEFAULT_HORIZON);
      List<Recording> bin = scan.result().recordings();
      String what =
          bin.size()
              + " recording(s), "
              + RecordingWriter.size(RecordingWriter.totalSize(bin))
              + ", from "
              + whose
              + " recycle bin";
      if (dryRun) {
        ctx.result("Dry run: would restore " + what + "; nothing was sent.");
        return scan.exitCode();
      }
      if (scan.exitCode() != ExitCode.OK) {
        ctx.note("The bin could not be read completely; the count above may be low.");
      }
      if (!confirm("Restore " + what + "? [y/N] ")) {
        ctx.result("Nothing restored.");
        return ExitCode.PARTLY_FAILED;
      }
    }
    RestoreTarget target =
        ownerEmail == null
            ? new RestoreTarget.AllMine()
            : new RestoreTarget.AllForOwner(ownerEmail);
    RestoreJobs jobs = ctx.jobs(connection);
    String operator = Operators.of(connection);
    return new JobRunner(ctx)
        .run(
            (progress, cancelled) ->
                jobs.start(target, operator, scope, inFlight, progress, cancelled));
  }

  private boolean confirm(String question) {
    ctx.env().err().print(question);
    ctx.env().err().flush();
    try {
      String answer =
          new BufferedReader(new InputStreamReader(ctx.env().in(), StandardCharsets.UTF_8))
              .readLine();
      String a = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
      return a.equals("y") || a.equals("yes");
    } catch (IOException e) {
      return false;
    }
  }
}
