package io.recordingrescue.ui;

/**
 * What view models may ask of the person at the screen, without knowing about windows. The FX
 * implementation shows dialogs; tests answer with a script.
 */
public interface DialogService {

  /** Asks a yes/no question; true means go ahead. */
  boolean confirm(String title, String header, String details);

  /** An error in plain words with the next step. */
  void showError(String title, String message);

  /**
   * A job finished: shown in the window, and as a desktop notification when the window is not
   * focused.
   */
  void jobFinished(String title, String summary);
}
