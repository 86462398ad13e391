package io.recordingrescue.restore;

import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.RateGate;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RestoreRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Webex calls the engine needs, behind one seam so that the engine's logic is tested against an
 * in-memory fake and runs against {@link WebexRestoreGateway} in the app. Implementations throw the
 * webex package's exceptions.
 */
public interface RestoreGateway {

  /** The pause shared with every other call to the same Webex account. */
  RateGate rateGate();

  /** Sends one restore call once (no retries: the engine decides). */
  void restore(RestoreRequest request);

  /** The recording's details; empty when Webex does not know the id. */
  Optional<Recording> details(String id);

  /** Everything in the recycle bin of {@code scope}; {@code complete} false when part failed. */
  BinListing listBin(ListScope scope) throws InterruptedException;

  /**
   * The recycle bin of {@code scope} created in [{@code from}, {@code to}), at most 30 days: every
   * page of one window. This default filters the whole listing; gateways to Webex list the window.
   */
  default BinListing listWindow(ListScope scope, Instant from, Instant to)
      throws InterruptedException {
    BinListing all = listBin(scope);
    return new BinListing(
        all.recordings().stream()
            .filter(r -> r.createTime() != null)
            .filter(r -> !r.createTime().isBefore(from) && r.createTime().isBefore(to))
            .toList(),
        all.complete());
  }

  /** A bin listing and whether every window of it could be read. */
  record BinListing(List<Recording> recordings, boolean complete) {
    public BinListing {
      recordings = List.copyOf(recordings);
    }
  }
}
