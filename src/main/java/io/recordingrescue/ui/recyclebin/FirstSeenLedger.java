package io.recordingrescue.ui.recyclebin;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers when each id was first seen in the bin, across runs, for the "days left" estimate.
 * Called off the FX thread (implementations may write a file).
 */
public interface FirstSeenLedger {

  /** Records {@code now} for ids never seen before; returns the first sighting of every id. */
  Map<String, Instant> see(Collection<String> ids, Instant now);

  /**
   * Why first sightings are no longer saved (where, and what went wrong), once saving failed: the
   * ledger then keeps them for this session only, and a scan goes on. Empty while they are saved.
   */
  default Optional<String> notSavedBecause() {
    return Optional.empty();
  }

  /** Forgets nothing and writes nothing: for tests and when no data folder is writable. */
  static FirstSeenLedger inMemory() {
    Map<String, Instant> seen = new HashMap<>();
    return (ids, now) -> {
      synchronized (seen) {
        Map<String, Instant> out = new HashMap<>();
        for (String id : ids) {
          out.put(id, seen.computeIfAbsent(id, k -> now));
        }
        return out;
      }
    };
  }
}
