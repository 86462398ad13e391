package io.recordingrescue.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "resume",
    description = "Finish a job that was cancelled, paused or cut off; settled ids are not resent.")
final class ResumeCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(paramLabel = "JOB", description = "The job id, as `rescue jobs` lists it.")
  String jobId;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "4",
      description = "Requests in flight at once, 1..16 (default ${DEFAULT-VALUE}).")
  int concurrency;

  ResumeCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (concurrency < 1 || concurrency > 16) {
      throw CliException.badInput(
          "--concurrency must be between 1 and 16, got " + concurrency + ".");
    }
    RestoreJobs.JobSummary job = Jobs.find(ctx.jobs(null), jobId);
    if (!job.resumable()) {
      ctx.result("Job " + jobId + " is already " + job.state() + "; nothing to resume.");
      return ExitCode.OK;
    }
    Connection connection = ctx.connect();
    RestoreJobs jobs = ctx.jobs(connection);
    return new JobRunner(ctx)
        .run((progress, cancelled) -> jobs.resume(jobId, concurrency, progress, cancelled));
  }
}
