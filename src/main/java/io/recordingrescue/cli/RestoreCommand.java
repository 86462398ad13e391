package io.recordingrescue.cli;

import io.recordingrescue.restore.IdHint;
import io.recordingrescue.restore.RestorePlan;
import io.recordingrescue.restore.RestorePlanner;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "restore",
    description = {
      "Restore recordings by id. The ids come from --ids, or from --ids-file: one id per line, a"
          + " CSV with an \"id\" column, or the CSV or JSON `list --format csv|json` writes (their"
          + " createTime and ownerEmail let the check look only where those recordings are); -"
          + " reads standard input."
    })
final class RestoreCommand implements Callable<Integer> {
  private final CliContext ctx;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--ids", paramLabel = "ID[,ID...]", description = "Ids, comma-separated.")
    List<String> ids;

    @Option(
        names = "--ids-file",
        paramLabel = "FILE|-",
        description = "File of ids (one per line, or CSV with an id column); - is stdin.")
    String file;
  }

  @Option(
      names = "--dry-run",
      description = "Check the ids against the recycle bin and say what would be restored.")
  boolean dryRun;

  @Mixin ConcurrencyOption concurrency;

  RestoreCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws InterruptedException {
    ctx.remindUnfinishedJobs();
    IdsInput.Parsed parsed =
        source.ids != null
            ? new IdsInput.Parsed(IdsInput.fromOption(source.ids), Map.of(), List.of())
            : IdsInput.fromSourceWithHints(source.file, ctx.env().in());
    parsed.warnings().forEach(ctx::note);
    List<String> given = parsed.ids();
    Map<String, IdHint> hints = parsed.hints();
    int inFlight = concurrency.value();
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(given));
    if (ids.size() < given.size()) {
      ctx.note((given.size() - ids.size()) + " duplicate id(s) ignored.");
    }
    RestorePlan plan = new RestorePlanner().plan(new RestoreTarget.ByIds(ids));
    if (!plan.rejected().isEmpty()) {
      ctx.note(
          plan.rejected().size()
              + " entr(ies) are not recording ids and will not be sent, e.g. \""
              + plan.rejected().get(0).input()
              + "\": "
              + plan.rejected().get(0).reason());
    }
    Connection connection = ctx.connect();
    ListScope binScope = connection.scopeFor(null);
    if (dryRun) {
      return dryRun(connection, ids);
    }
    RestoreJobs jobs = ctx.jobs(connection);
    String operator = Operators.of(connection);
    return new JobRunner(ctx)
        .run(
            (progress, cancelled) ->
                jobs.start(
                    new RestoreTarget.ByIds(ids, hints),
                    operator,
                    binScope,
                    inFlight,
                    progress,
                    cancelled));
  }

  private int dryRun(Connection connection, List<String> ids) throws InterruptedException {
    BinListing.Outcome scan =
        BinListing.scan(ctx, connection, connection.scopeFor(null), BinScanner.DEFAULT_HORIZON);
    Map<String, Recording> bin =
        scan.result().recordings().stream()
            .collect(Collectors.toMap(Recording::id, Function.identity(), (a, b) -> a));
    List<Recording> found = ids.stream().filter(bin::containsKey).map(bin::get).toList();
    List<String> missing = ids.stream().filter(id -> !bin.containsKey(id)).toList();
    ctx.result(
        "Dry run: would restore "
            + found.size()
            + " of "
            + ids.size()
            + " recording(s), "
            + RecordingWriter.size(RecordingWriter.totalSize(found))
            + "; nothing was sent.");
    for (String id : missing) {
      ctx.result("NOT_IN_BIN " + id);
    }
    return scan.exitCode();
  }
}
