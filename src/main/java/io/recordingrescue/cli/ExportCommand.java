package io.recordingrescue.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "export",
    description = "Write a job's audit record: every id with its one outcome, as CSV or JSON.")
final class ExportCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(paramLabel = "JOB", description = "The job id, as `rescue jobs` lists it.")
  String jobId;

  @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "csv or json.")
  RestoreJobs.ExportFormat format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Path out;

  ExportCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    RestoreJobs jobs = ctx.jobs(null);
    Jobs.find(jobs, jobId);
    if (out == null) {
      jobs.export(jobId.strip(), format, ctx.env().out());
      ctx.env().out().flush();
      return ExitCode.OK;
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw CliException.badInput("The folder of " + out + " does not exist.");
    }
    try (OutputStream file = Files.newOutputStream(out)) {
      jobs.export(jobId.strip(), format, file);
    }
    ctx.note("Wrote " + out);
    return ExitCode.OK;
  }
}
