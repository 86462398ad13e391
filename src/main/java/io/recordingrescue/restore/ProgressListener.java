package io.recordingrescue.restore;

/**
 * Receives a job's progress. Called from the engine's threads (never the FX thread), one call at a
 * time; keep it quick and hand the event over to the UI thread yourself.
 */
@FunctionalInterface
public interface ProgressListener {
  void onProgress(ProgressEvent event);

  ProgressListener NONE = event -> {};
}
