package io.recordingrescue.ui;

import java.nio.file.Path;
import java.util.Optional;

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

  /**
   * Asks where to save a file (a save dialog); empty when the operator cancels.
   *
   * @param suggestedName file name offered, e.g. {@code job-123.csv}
   * @param extension without the dot, e.g. {@code csv}
   */
  Optional<Path> chooseSaveFile(String title, String suggestedName, String extension);
}
