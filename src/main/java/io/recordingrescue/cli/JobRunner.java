package io.recordingrescue.cli;

import io.recordingrescue.restore.FinalState;
import io.recordingrescue.restore.IdOutcome;
import io.recordingrescue.restore.RestoreReport;
import java.util.concurrent.atomic.AtomicBoolean;

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
    RestoreReport run(
        java.util.function.Consumer<io.recordingrescue.restore.ProgressEvent> progress,
        java.util.function.BooleanSupplier cancelled)
        throws InterruptedException;
  }

  @SuppressWarnings("try") // The registration is held for the scope of the work.
  int run(Job job) throws InterruptedException {
    ProgressPrinter progress = ctx.progress();
    AtomicBoolean cancelled = new AtomicBoolean();
    RestoreReport report;
    try (Interrupts.Registration ignored =
        ctx.env()
            .interrupts()
            .onInterrupt(
                () -> {
                  cancelled.set(true);
                  ctx.note("");
                  ctx.note("Stopping after the requests in flight...");
                })) {
      try {
        report = job.run(progress::restore, cancelled::get);
      } finally {
        progress.finish();
      }
      return print(report);
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
    if (report.cancelled()) {
      ctx.env()
          .err()
          .println(
              "Cancelled; what was sent is journalled. Finish with: rescue resume "
                  + report.jobId());
      return ExitCode.PARTLY_FAILED;
    }
    boolean allDone =
        report.count(FinalState.FAILED) == 0 && report.count(FinalState.NOT_FOUND) == 0;
    return allDone ? ExitCode.OK : ExitCode.PARTLY_FAILED;
  }
}
