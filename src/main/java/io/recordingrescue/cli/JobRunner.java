package io.recordingrescue.cli;

import io.recordingrescue.restore.CancellationToken;
import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.IdOutcome;
import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.ProgressListener;
import io.recordingrescue.restore.RestoreReport;
import java.util.function.BiFunction;

/**
 * Runs a restore job with progress and Ctrl+C, prints its report and picks the exit code. Ctrl+C
 * only sets a flag: the engine stops between requests and journals, so the job can be resumed.
 */
final class JobRunner {
  private final CliContext ctx;

  JobRunner(CliContext ctx) {
    this.ctx = ctx;
  }

  /** The work of one job, given its progress sink and its "stop now?" question. */
  interface Job {
    RestoreReport run(ProgressListener progress, CancellationToken cancel);
  }

  int run(Job job) {
    return print(
        interruptible(
            ctx,
            "Stopping after the requests in flight...",
            (progress, cancel) -> job.run(progress::restore, cancel)));
  }

  /**
   * Runs {@code work} with a progress printer and a cancel token that Ctrl+C sets (telling the user
   * {@code stopping}); the printer is finished however the work ends.
   */
  @SuppressWarnings("try") // The registration is held for the scope of the work.
  static <R> R interruptible(
      CliContext ctx, String stopping, BiFunction<ProgressPrinter, CancellationToken, R> work) {
    ProgressPrinter progress = ctx.progress();
    CancellationToken cancel = new CancellationToken();
    try (Interrupts.Registration ignored =
        ctx.env()
            .interrupts()
            .onInterrupt(
                () -> {
                  cancel.cancel();
                  ctx.note("");
                  ctx.note(stopping);
                })) {
      try {
        return work.apply(progress, cancel);
      } finally {
        progress.finish();
      }
    }
  }

  /** Results on standard output: a summary line, then one line per id that was not restored. */
  int print(RestoreReport report) {
    ctx.result(
        String.format(
            "Job %s: %d restored, %d already available, %d not found, %d failed",
            report.jobId(),
            report.count(FinalState.RESTORED),
            report.count(FinalState.ALREADY_AVAILABLE),
            report.count(FinalState.NOT_FOUND),
            report.count(FinalState.FAILED)));
    if (report.leftBinByRelist() >= 0 && report.outcomes().isEmpty()) {
      ctx.result(report.leftBinByRelist() + " recording(s) left the recycle bin.");
    }
    for (IdOutcome o : report.outcomes()) {
      if (o.state() == FinalState.NOT_FOUND || o.state() == FinalState.FAILED) {
        ctx.result(
            o.state()
                + " "
                + o.id()
                + (o.httpStatus() == 0 ? "" : " (HTTP " + o.httpStatus() + ")")
                + (o.message() == null ? "" : " " + o.message())
                + (o.trackingId() == null ? "" : " trackingId " + o.trackingId()));
      }
    }
    if (report.state() != JobState.COMPLETED) {
      ctx.env()
          .err()
          .println(
              stateLine(report)
                  + " What was sent is journalled; finish with: rescue resume "
                  + report.jobId());
      return ExitCode.stopped(report.state());
    }
    boolean allDone =
        report.count(FinalState.FAILED) == 0 && report.count(FinalState.NOT_FOUND) == 0;
    return allDone ? ExitCode.OK : ExitCode.PARTLY_FAILED;
  }

  private static String stateLine(RestoreReport report) {
    String why =
        switch (report.state()) {
          case CANCELLED ->
              "Cancelled with " + report.unsettledIds().size() + " id(s) not settled.";
          case PAUSED_SIGN_IN -> "Paused: Webex no longer accepts the token; sign in again.";
          case PAUSED_NETWORK -> "Paused: Webex could not be reached for too long.";
          default -> "The job did not finish.";
        };
    return report.stateMessage() == null ? why : why + " (" + report.stateMessage() + ")";
  }
}
