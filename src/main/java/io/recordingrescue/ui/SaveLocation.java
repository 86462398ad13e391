package io.recordingrescue.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Where a file goes: the FX implementation is a {@link javafx.stage.FileChooser}; headless tests
 * answer with a temporary file (a native save dialog cannot be clicked there).
 */
@FunctionalInterface
public interface SaveLocation {
  Optional<Path> ask(Window owner, String title, String suggestedName, String extension);
}
