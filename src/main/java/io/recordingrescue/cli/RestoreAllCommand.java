package io.recordingrescue.cli;

import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.restore.incident.IncidentPlan;
import io.recordingrescue.restore.incident.IncidentPlanner;
import io.recordingrescue.restore.incident.OwnerInput;
import io.recordingrescue.restore.incident.OwnerPreview;
import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
          + " your own (user). Asks for confirmation on a terminal unless --yes.",
      "With --owners-file (administrator): an incident, every owner of the file one after the"
          + " other (a few at once), after a per-owner preview; one journal, one audit, and"
          + " `rescue resume INCIDENT` finishes it after a stop."
    })
final class RestoreAllCommand implements Callable<Integer> {
  /** Owners restored at once in an incident, whatever --concurrency says: a few, not many. */
  static final int MAX_OWNERS_AT_ONCE = 4;

  private final CliContext ctx;

  @Option(names = "--owner", paramLabel = "EMAIL", description = "Whose recordings (admin only).")
  String owner;

  @Option(
      names = "--owners-file",
      paramLabel = "FILE",
      description =
          "Owners to restore (admin only, at most "
              + IncidentPlanner.MAX_OWNERS
              + "): a CSV with an e-mail column (name ending in .csv), or addresses separated by"
              + " lines, commas or semicolons. Malformed addresses are listed and never sent.")
  Path ownersFile;

  @Option(
      names = "--dry-run",
      description =
          "Say how many recordings (and how much) would be restored (per owner with"
              + " --owners-file); send nothing.")
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
    if (ownersFile != null) {
      return incident();
    }
    EmailAddress ownerEmail = owner == null ? null : EmailAddress.parse(owner);
    int inFlight = concurrency.value();
    requireAnswerableConfirmation();
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

  /** {@code --owners-file}: preview every owner, then run them as one incident. */
  private int incident() throws InterruptedException {
    if (owner != null) {
      throw CliException.badInput(
          "Give either --owner or --owners-file, not both (nothing was restored).");
    }
    int ownersAtOnce = Math.min(concurrency.value(), MAX_OWNERS_AT_ONCE);
    OwnersIncident incident = new OwnersIncident(ctx);
    OwnerInput input = incident.read(ownersFile);
    requireAnswerableConfirmation();
    Connection connection = ctx.connect();
    if (connection.role() != Role.ADMIN) {
      throw CliException.badInput(
          "--owners-file needs an administrator account; this token belongs to a user, who can"
              + " only restore their own recordings (use restore-all without options). Nothing"
              + " was sent.");
    }
    List<OwnerPreview> previews = incident.preview(connection, input);
    IncidentPlan plan = OwnersIncident.plan(input, previews);
    incident.printPreview(previews, plan);
    if (dryRun) {
      ctx.result("Dry run: nothing was sent.");
      return ExitCode.OK;
    }
    if (plan.owners().isEmpty()) {
      ctx.result("No owner has recordings to restore; nothing was sent.");
      return ExitCode.OK;
    }
    if (!yes
        && !confirm(
            "Restore "
                + plan.recordings()
                + " recording(s) of "
                + plan.owners().size()
                + " owner(s)? [y/N] ")) {
      ctx.result("Nothing restored.");
      return ExitCode.PARTLY_FAILED;
    }
    RestoreJobs jobs = ctx.jobs(connection);
    String operator = Operators.of(connection);
    return incident.run(
        (progress, cancel) ->
            jobs.startIncident(plan, operator, ownersAtOnce, progress::incident, cancel));
  }

  /** Refuses before anything is sent when a confirmation is due and nobody can answer it. */
  private void requireAnswerableConfirmation() {
    if (!dryRun && !yes && !ctx.env().terminal()) {
      throw CliException.badInput(
          "restore-all asks for confirmation, but there is no terminal: add --yes to run it from"
              + " a script (nothing was restored).");
    }
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
