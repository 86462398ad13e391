package io.recordingrescue.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "jobs",
    description = "List the restore jobs journalled on this machine, newest first.")
final class JobsCommand implements Callable<Integer> {
  private static final java.time.format.DateTimeFormatter STARTED =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
          .withZone(java.time.ZoneOffset.UTC);

  private final CliContext ctx;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or json (default ${DEFAULT-VALUE}).")
  Format format;

  enum Format {
    table,
    json
  }

  JobsCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    List<RestoreJobs.JobSummary> jobs = ctx.jobs(null).list();
    if (format == Format.json) {
      ctx.result(RecordingWriter.json(jobs));
      return ExitCode.OK;
    }
    String row = "%-36s  %-15s  %-20s  %7s  %8s  %6s  %s%n";
    ctx.env()
        .out()
        .printf(row, "JOB", "STATE", "STARTED (UTC)", "IDS", "RESTORED", "FAILED", "TARGET");
    for (RestoreJobs.JobSummary j : jobs) {
      ctx.env()
          .out()
          .printf(
              row,
              j.jobId(),
              j.state() + (j.resumable() ? "*" : ""),
              j.startedAt() == null ? "" : STARTED.format(j.startedAt()),
              j.settled() + "/" + j.idsTotal(),
              j.restored(),
              j.failed(),
              j.target());
    }
    if (jobs.stream().anyMatch(RestoreJobs.JobSummary::resumable)) {
      ctx.note("* resumable: rescue resume JOB");
    }
    if (jobs.isEmpty()) {
      ctx.note("No restore jobs in " + ctx.env().dataDir());
    }
    return ExitCode.OK;
  }
}
