package io.recordingrescue.restore.incident;

import io.recordingrescue.restore.ProgressEvent.WaitReason;
import java.time.Duration;

/**
 * How far an incident is: owners done of the owners to restore, recordings restored so far (done
 * owners plus the running owners' jobs), how many owners run now, and the latest wait of one of
 * them (a 429 pauses every owner: they share one rate gate).
 */
public record IncidentProgress(
    String incidentId,
    int ownersDone,
    int ownersTotal,
    int recordingsRestored,
    int ownersRunning,
    WaitReason waitReason,
    Duration waitRemaining) {

  public double fraction() {
    return ownersTotal == 0 ? 1 : (double) ownersDone / ownersTotal;
  }

  /** Receives progress from the runner's threads. */
  @FunctionalInterface
  public interface Listener {
    void onProgress(IncidentProgress progress);

    Listener NONE = p -> {};
  }
}
