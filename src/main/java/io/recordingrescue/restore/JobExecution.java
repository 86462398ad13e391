package io.recordingrescue.restore;

import io.recordingrescue.restore.ProgressEvent.WaitReason;
import io.recordingrescue.webex.SignInRequiredException;
import java.time.Duration;
import java.util.List;

/**
 * Runs a job's flow and closes its run: the journal's last word (ended, or paused and why), the
 * final progress event and the report. A job that stopped early keeps its place for a resume.
 */
final class JobExecution {
  private final ByIdsFlow byIds;
  private final RestoreAllFlow restoreAll;

  JobExecution(EngineParts parts) {
    Pacing pacing = new Pacing(parts);
    Verification verification = new Verification(parts, pacing);
    this.byIds = new ByIdsFlow(parts, pacing, verification);
    this.restoreAll = new RestoreAllFlow(parts, pacing, verification);
  }

  RestoreReport execute(JobRun job) {
    boolean interrupted = false;
    job.emit(WaitReason.NONE, Duration.ZERO);
    try {
      if (job.target instanceof RestoreTarget.ByIds) {
        byIds.run(job);
      } else {
        restoreAll.run(job);
      }
    } catch (SignInRequiredException e) {
      job.stop(JobState.PAUSED_SIGN_IN, OutcomeTexts.signIn());
    } catch (InterruptedException e) {
      interrupted = true;
      job.stop(JobState.CANCELLED, OutcomeTexts.INTERRUPTED);
    }
    try {
      return close(job);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private RestoreReport close(JobRun job) {
    if (job.journalFailure != null) {
      throw job.journalFailure;
    }
    if (job.fatal != null) {
      job.journal.paused(JobState.PAUSED_NETWORK, "Stopped by an unexpected error.");
      throw job.fatal;
    }
    if (job.stop == null && job.cancel.isCancelled()) {
      job.stop(JobState.CANCELLED, "Cancelled by the operator.");
    }
    List<String> unsettled = job.unsettled();
    JobState state;
    String message;
    // Without the first look there is no list of ids yet, so nothing can be complete.
    if (unsettled.isEmpty() && job.binBefore != null) {
      if (job.target instanceof RestoreTarget.ByIds) {
        job.leftBin = -1;
      } else {
        job.leftBin = (int) job.countSettled(FinalState.RESTORED);
      }
      job.journal.end(job.leftBin);
      state = JobState.COMPLETED;
      message = null;
    } else {
      state = job.stop != null ? job.stop : JobState.PAUSED_NETWORK;
      message =
          job.stop != null
              ? job.stopMessage
              : unsettled.size() + " ids could not be settled; resume the job to finish.";
      job.journal.paused(state, message);
    }
    job.emit(
        state == JobState.PAUSED_SIGN_IN ? WaitReason.SIGN_IN_REQUIRED : WaitReason.NONE,
        Duration.ZERO);
    return job.report(state, message, unsettled);
  }
}
