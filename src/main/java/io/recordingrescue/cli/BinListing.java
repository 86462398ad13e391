package io.recordingrescue.cli;

import io.recordingrescue.restore.Tuning;
import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.ForbiddenException;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.ScanListener;
import io.recordingrescue.webex.ScanProgress;
import io.recordingrescue.webex.ScanResult;
import io.recordingrescue.webex.SignInRequiredException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Scans a recycle bin for a command, with progress, Ctrl+C and window failures reported. */
final class BinListing {
  private BinListing() {}

  /** The scanner of every CLI listing: the product's scan settings. */
  static BinScanner scanner(Connection connection) {
    return Tuning.PRODUCT.scanner(connection.client(), connection.clock());
  }

  /** The scan and the exit code it deserves on its own (0, 1 partial, 3, 4). */
  record Outcome(ScanResult result, int exitCode) {}

  @SuppressWarnings("try") // The registration is held for the scope of the work.
  static Outcome scan(CliContext ctx, Connection connection, ListScope scope, Duration horizon)
      throws InterruptedException {
    ProgressPrinter progress = ctx.progress();
    AtomicBoolean cancelled = new AtomicBoolean();
    ScanResult result;
    BinScanner scanner = scanner(connection);
    try (Interrupts.Registration ignored =
        ctx.env().interrupts().onInterrupt(() -> cancelled.set(true))) {
      result =
          scanner.scan(
              scope,
              horizon,
              new ScanListener() {
                @Override
                public void onPage(List<Recording> fresh, ScanProgress p) {
                  progress.scan(p);
                }

                @Override
                public boolean isCancelled() {
                  return cancelled.get();
                }
              });
      int windows = scanner.settings().windows(result.finishedAt(), horizon).size();
      progress.scan(new ScanProgress(windows, windows, result.recordings().size(), 0));
    } finally {
      progress.finish();
    }
    if (result.cancelled()) {
      ctx.note("Cancelled: the list below is incomplete.");
      return new Outcome(result, ExitCode.PARTLY_FAILED);
    }
    if (result.failures().isEmpty()) {
      return new Outcome(result, ExitCode.OK);
    }
    for (ScanResult.WindowFailure f : result.failures()) {
      ctx.env()
          .err()
          .println(
              "Could not read "
                  + f.window().from()
                  + " to "
                  + f.window().to()
                  + ": "
                  + f.error().getMessage());
    }
    boolean signIn =
        result.failures().stream()
            .anyMatch(
                f ->
                    f.error() instanceof SignInRequiredException
                        || f.error() instanceof ForbiddenException);
    if (signIn) {
      return new Outcome(result, ExitCode.SIGN_IN);
    }
    int windows = scanner.settings().windows(result.finishedAt(), horizon).size();
    return new Outcome(
        result, result.failures().size() >= windows ? ExitCode.NETWORK : ExitCode.PARTLY_FAILED);
  }
}
