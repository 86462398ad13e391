package io.recordingrescue.cli;

import io.recordingrescue.restore.incident.IncidentJournal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "resume",
    description =
        "Finish a job or an incident that was cancelled, paused or cut off; settled ids and owners"
            + " done are not resent.")
final class ResumeCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(paramLabel = "JOB", description = "The job id, as `rescue jobs` lists it.")
  String jobId;

  @Mixin ConcurrencyOption concurrency;

  ResumeCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws InterruptedException {
    int inFlight = concurrency.value();
    RestoreJobs.JobSummary job = Jobs.find(ctx.jobs(null), jobId);
    if (!job.resumable()) {
      ctx.result("Job " + jobId + " is already " + job.state() + "; nothing to resume.");
      return ExitCode.OK;
    }
    Connection connection = ctx.connect();
    RestoreJobs jobs = ctx.jobs(connection);
    if (IncidentJournal.isIncidentId(job.jobId())) {
      int ownersAtOnce = Math.min(inFlight, RestoreAllCommand.MAX_OWNERS_AT_ONCE);
      return new OwnersIncident(ctx)
          .run(
              (progress, cancel) ->
                  jobs.resumeIncident(job.jobId(), ownersAtOnce, progress::incident, cancel));
    }
    return new JobRunner(ctx)
        .run((progress, cancelled) -> jobs.resume(jobId, inFlight, progress, cancelled));
  }
}
