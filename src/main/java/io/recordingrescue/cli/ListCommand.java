package io.recordingrescue.cli;

import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.ListScope;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "list",
    description = {
      "List the recycle bin: an administrator sees the whole org (or one owner with --owner),"
          + " a user their own recordings."
    })
final class ListCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = "--owner", paramLabel = "EMAIL", description = "Only this owner (admin only).")
  String owner;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "365",
      description = "How far back to look, in days (default ${DEFAULT-VALUE}).")
  int days;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json or csv (default ${DEFAULT-VALUE}).")
  RecordingWriter.Format format;

  ListCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws InterruptedException {
    EmailAddress ownerEmail = owner == null ? null : EmailAddress.parse(owner);
    if (days < 1 || days > 3650) {
      throw CliException.badInput("--days must be between 1 and 3650, got " + days + ".");
    }
    Connection connection = ctx.connect();
    ListScope scope = connection.scopeFor(ownerEmail);
    ctx.detail("Signed in as " + connection.role().label() + "; listing " + describe(scope));
    BinListing.Outcome outcome = BinListing.scan(ctx, connection, scope, Duration.ofDays(days));
    RecordingWriter.write(outcome.result().recordings(), format, ctx.env().out());
    return outcome.exitCode();
  }

  static String describe(ListScope scope) {
    if (scope instanceof ListScope.Owner o) {
      return "the recycle bin of " + o.email();
    }
    return scope.isAdmin() ? "the recycle bin of the whole org" : "your recycle bin";
  }
}
