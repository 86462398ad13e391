package io.recordingrescue.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Starts work once a scene's first frame is on its way: after the first pulse that laid the scene
 * out and handed it to the renderer. The keychain probe, the HTTP client and the sandbox wait for
 * this, so the window does not wait for them and they do not compete with its first frame.
 */
final class AfterFirstFrame {
  private AfterFirstFrame() {}

  /** Runs {@code work} once, on the FX thread, after the next pulse of {@code scene}. */
  static void run(Scene scene, Runnable work) {
    Runnable[] listener = new Runnable[1];
    boolean[] fired = new boolean[1];
    listener[0] =
        () -> {
          if (fired[0]) {
            return;
          }
          fired[0] = true;
          // Removed and run after the pulse: the pulse is still walking its listener list here.
          Platform.runLater(
              () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                StartupTrace.mark("first pulse done");
                work.run();
              });
        };
    scene.addPostLayoutPulseListener(listener[0]);
  }
}
