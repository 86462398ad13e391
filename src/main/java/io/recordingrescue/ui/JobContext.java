package io.recordingrescue.ui;

/** What a running {@link Job} may tell the window: how far it is. Callable from any thread. */
public interface JobContext {
  /**
   * Reports progress; {@code fraction} in 0..1, or negative when unknown.
   *
   * @param message one short line for the jobs list
   */
  void progress(double fraction, String message);

  JobContext NONE = (fraction, message) -> {};
}
