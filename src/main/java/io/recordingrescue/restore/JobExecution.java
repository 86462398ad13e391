package io.recordingrescue.restore;

import io.recordingrescue.restore.ProgressEvent.WaitReason;
import io.recordingrescue.webex.SignInRequiredException;
import java.time.Duration;

/** Runs a job's flow (by ids or restore-all) and then lets its run close itself. */
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
    job.progress(WaitReason.NONE, Duration.ZERO);
    try {
      if (job.byIds()) {
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
      return job.finish();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
