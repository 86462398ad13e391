package io.recordingrescue.cli;

import io.recordingrescue.restore.CancellationToken;
import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.incident.IncidentPlan;
import io.recordingrescue.restore.incident.IncidentPlanner;
import io.recordingrescue.restore.incident.IncidentPreviewer;
import io.recordingrescue.restore.incident.IncidentReport;
import io.recordingrescue.restore.incident.OwnerInput;
import io.recordingrescue.restore.incident.OwnerPreview;
import io.recordingrescue.restore.incident.OwnerResult;
import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.InvalidRequestException;
import io.recordingrescue.webex.WebexClient;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * {@code restore-all --owners-file}: an incident. Reads the owners (a CSV with an e-mail column, or
 * addresses separated by lines, commas or semicolons), lists each owner's bin for a per-owner
 * preview, then (unless {@code --dry-run}) runs one restore-all job per owner through the engine,
 * journalled as one incident that {@code rescue resume} finishes.
 */
final class OwnersIncident {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
  private static final int PREVIEW_OWNERS_AT_ONCE = 4;

  private final CliContext ctx;

  OwnersIncident(CliContext ctx) {
    this.ctx = ctx;
  }

  /** Owners from a file; malformed lines are listed on standard error and never sent. */
  OwnerInput read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw CliException.badInput("There is no file " + file + " (nothing was sent).");
    } catch (MalformedInputException e) {
      throw CliException.badInput(file + " is not UTF-8 text (nothing was sent).");
    } catch (IOException e) {
      throw CliException.badInput("Cannot read " + file + ": " + e.getMessage());
    }
    IncidentPlanner planner = new IncidentPlanner();
    OwnerInput input;
    try {
      input =
          file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
              ? planner.fromCsv(text)
              : planner.fromText(text);
    } catch (InvalidRequestException e) {
      throw CliException.badInput(file + ": " + e.getMessage());
    }
    for (OwnerInput.Malformed m : input.malformed()) {
      ctx.env().err().println("Not sent: \"" + m.input() + "\" is " + m.reason() + ".");
    }
    if (input.duplicates() > 0) {
      ctx.note(input.duplicates() + " repeated address(es) counted once.");
    }
    if (input.owners().isEmpty()) {
      throw CliException.badInput(
          file + " names no valid owner e-mail address (nothing was sent).");
    }
    return input;
  }

  @SuppressWarnings("try") // The registration is held for the scope of the work.
  List<OwnerPreview> preview(Connection connection, OwnerInput input) throws InterruptedException {
    WebexClient client = connection.client();
    BinScanner scanner = new BinScanner(client, connection.clock(), PREVIEW_OWNERS_AT_ONCE);
    IncidentPreviewer previewer =
        new IncidentPreviewer(
            (scope, listener) -> scanner.scan(scope, BinScanner.DEFAULT_HORIZON, listener),
            PREVIEW_OWNERS_AT_ONCE);
    ProgressPrinter progress = ctx.progress();
    AtomicBoolean cancelled = new AtomicBoolean();
    try (Interrupts.Registration ignored =
        ctx.env().interrupts().onInterrupt(() -> cancelled.set(true))) {
      List<OwnerPreview> previews =
          previewer.preview(
              input.owners(),
              (p, listed, total) -> progress.ownersListed(listed, total),
              cancelled::get);
      if (cancelled.get()) {
        throw new CliException(
            ExitCode.PARTLY_FAILED, "Cancelled during the preview; nothing was sent.");
      }
      return previews;
    } finally {
      progress.finish();
    }
  }

  /** The preview table on standard output, then the totals of what would be restored. */
  void printPreview(List<OwnerPreview> previews, IncidentPlan plan) {
    String row = "%-40s  %-11s  %6s  %10s  %-10s  %-10s  %s%n";
    ctx.env().out().printf(row, "OWNER", "BIN", "COUNT", "SIZE", "OLDEST", "NEWEST", "NOTE");
    for (OwnerPreview p : previews) {
      ctx.env()
          .out()
          .printf(
              row,
              p.owner().value(),
              switch (p.status()) {
                case IN_BIN -> "recordings";
                case EMPTY -> "empty";
                case NOT_ALLOWED -> "not allowed";
                case INCOMPLETE -> "incomplete";
                case FAILED -> "not listed";
              },
              p.count(),
              RecordingWriter.size(p.totalBytes()),
              p.oldest() == null ? "" : DAY.format(p.oldest()),
              p.newest() == null ? "" : DAY.format(p.newest()),
              p.message() == null ? "" : p.message());
    }
    ctx.result(
        "Would restore "
            + plan.recordings()
            + " recording(s), "
            + RecordingWriter.size(plan.totalBytes())
            + ", of "
            + plan.owners().size()
            + " owner(s); "
            + plan.excluded().size()
            + " input(s) not sent (malformed, empty bin, not allowed or not listed).");
  }

  static IncidentPlan plan(OwnerInput input, List<OwnerPreview> previews) {
    return IncidentPlan.of(input, previews, Set.of());
  }

  int run(IncidentRunnable work) {
    return print(
        JobRunner.interruptible(ctx, "Stopping after the owners in progress...", work::run));
  }

  /** The work of an incident, given its progress printer and its cancel token. */
  interface IncidentRunnable {
    IncidentReport run(ProgressPrinter progress, CancellationToken cancel);
  }

  /** A summary line, one line per owner not fully restored, and the exit code. */
  int print(IncidentReport report) {
    ctx.result(
        String.format(
            "Incident %s: %d of %d owner(s) done, %d recording(s) restored, %d left in bins",
            report.incidentId(),
            report.ownersDone(),
            report.ownersToRestore(),
            report.recordingsRestored(),
            report.recordingsLeft()));
    for (OwnerResult o : report.owners()) {
      if (o.state() != OwnerResult.State.RESTORED) {
        ctx.result(
            o.state()
                + " "
                + o.owner()
                + " ("
                + o.restored()
                + " of "
                + o.before()
                + " restored)"
                + (o.message() == null ? "" : " " + o.message())
                + (o.trackingIds().isEmpty()
                    ? ""
                    : " trackingId " + String.join(" ", o.trackingIds())));
      }
    }
    ctx.note("Audit of the whole incident: rescue export " + report.incidentId() + " --format csv");
    if (report.state() != JobState.COMPLETED) {
      ctx.env()
          .err()
          .println(
              "The incident paused ("
                  + report.state()
                  + (report.stateMessage() == null ? "" : ": " + report.stateMessage())
                  + "). Owners done are kept; finish with: rescue resume "
                  + report.incidentId());
      return ExitCode.stopped(report.state());
    }
    Predicate<OwnerResult> fine =
        o ->
            o.state() == OwnerResult.State.RESTORED
                || o.state() == OwnerResult.State.NOTHING_IN_BIN
                || o.state() == OwnerResult.State.NOT_SELECTED;
    return report.owners().stream().allMatch(fine) ? ExitCode.OK : ExitCode.PARTLY_FAILED;
  }
}
