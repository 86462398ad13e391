package io.recordingrescue.webex;

/** How far a bin scan is: windows finished of total, recordings found, pages read. */
public record ScanProgress(int windowsDone, int windowsTotal, int recordingsFound, int pagesRead) {
  public double fraction() {
    return windowsTotal == 0 ? 1.0 : (double) windowsDone / windowsTotal;
  }
}
