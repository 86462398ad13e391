package io.recordingrescue.cli;

/** Looks up a job by the id the operator typed. */
final class Jobs {
  private Jobs() {}

  static RestoreJobs.JobSummary find(RestoreJobs jobs, String jobId) {
    return jobs.list().stream()
        .filter(j -> j.jobId().equals(jobId.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                CliException.badInput(
                    "No restore job \"" + jobId + "\" on this machine; `rescue jobs` lists them."));
  }
}
