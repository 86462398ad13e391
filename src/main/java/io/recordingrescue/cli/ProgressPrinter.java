package io.recordingrescue.cli;

import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.restore.incident.IncidentProgress;
import io.recordingrescue.webex.ScanProgress;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Progress on standard error: a bar redrawn in place on a terminal, plain lines (at most one every
 * few seconds, plus the last) when standard error is a file or a pipe, nothing with --quiet.
 */
final class ProgressPrinter {
  private static final int BAR_WIDTH = 30;
  private static final Duration PLAIN_INTERVAL = Duration.ofSeconds(2);

  private final PrintStream err;
  private final boolean terminal;
  private final boolean quiet;
  private final Clock clock;
  private Instant lastPlain = Instant.MIN;
  private String lastText = "";
  private boolean barOpen;

  ProgressPrinter(PrintStream err, boolean terminal, boolean quiet, Clock clock) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
    this.clock = clock;
  }

  synchronized void restore(ProgressEvent e) {
    String text =
        String.format(
            "%d/%d ids, batch %d/%d, %d restored, %d failed%s%s",
            e.idsDone(),
            e.idsTotal(),
            e.batchesDone(),
            e.batchesTotal(),
            e.restored(),
            e.failed(),
            waitText(e),
            e.etaOpt().map(eta -> ", about " + duration(eta) + " left").orElse(""));
    show(e.fraction(), text, e.idsTotal() > 0 && e.idsDone() >= e.idsTotal());
  }

  synchronized void scan(ScanProgress p) {
    String text =
        String.format(
            "scanning the bin: %d/%d windows, %d recordings found",
            p.windowsDone(), p.windowsTotal(), p.recordingsFound());
    show(p.fraction(), text, p.windowsDone() >= p.windowsTotal());
  }

  synchronized void incident(IncidentProgress p) {
    String wait =
        p.waitReason() == ProgressEvent.WaitReason.RATE_LIMITED
            ? ", paused by Webex (429)"
            : p.waitReason() == ProgressEvent.WaitReason.RETRY_BACKOFF ? ", retrying" : "";
    String text =
        String.format(
            "owners %d of %d done, %d recording(s) restored so far%s",
            p.ownersDone(), p.ownersTotal(), p.recordingsRestored(), wait);
    show(p.fraction(), text, p.ownersDone() >= p.ownersTotal());
  }

  synchronized void ownersListed(int listed, int total) {
    show(
        total == 0 ? 1 : (double) listed / total,
        String.format("listing bins: %d of %d owners", listed, total),
        listed >= total);
  }

  /** Ends the bar's line so that the next output starts on its own line. */
  synchronized void finish() {
    if (barOpen) {
      err.println();
      barOpen = false;
    }
  }

  private void show(double fraction, String text, boolean last) {
    if (quiet) {
      return;
    }
    if (terminal) {
      int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * BAR_WIDTH);
      err.print(
          "\r["
              + "#".repeat(filled)
              + ".".repeat(BAR_WIDTH - filled)
              + "] "
              + String.format("%3d%% ", Math.round(fraction * 100))
              + text
              + "\u001b[K");
      err.flush();
      barOpen = true;
      return;
    }
    Instant now = clock.instant();
    // Not Duration.between: from Instant.MIN it overflows, and Instant throws and catches inside.
    boolean due = !now.isBefore(lastPlain.plus(PLAIN_INTERVAL));
    if ((last || due) && !text.equals(lastText)) {
      lastText = text;
      err.println(String.format("%3d%% %s", Math.round(fraction * 100), text));
      lastPlain = now;
    }
  }

  private static String waitText(ProgressEvent e) {
    if (e.searchingWholeBin() > 0) {
      return " (looking for " + e.searchingWholeBin() + " ids across the whole bin)";
    }
    if (e.waitReason() == null || e.waitReason() == ProgressEvent.WaitReason.NONE) {
      return "";
    }
    String why =
        switch (e.waitReason()) {
          case RATE_LIMITED -> "Webex asked us to slow down";
          case RETRY_BACKOFF -> "retrying after an error";
          case VERIFYING -> "checking what was restored";
          case SIGN_IN_REQUIRED -> "sign-in needed";
          case NONE -> "";
        };
    return e.waitRemaining() == null || e.waitRemaining().isZero()
        ? " (" + why + ")"
        : " (" + why + ", waiting " + duration(e.waitRemaining()) + ")";
  }

  static String duration(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return (s / 60) + "m" + String.format("%02d", s % 60) + "s";
    }
    return (s / 3600) + "h" + String.format("%02d", (s % 3600) / 60) + "m";
  }
}
