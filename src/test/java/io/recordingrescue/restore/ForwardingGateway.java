package io.recordingrescue.restore;

import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.RateGate;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RestoreRequest;
import java.util.Optional;

/**
 * Passes every call to another gateway; a test overrides the calls it wants to see or change. Bin
 * windows are cut from {@link #listBin} by the interface's default, so an override of it sees them
 * too.
 */
abstract class ForwardingGateway implements RestoreGateway {
  private final RestoreGateway inner;

  ForwardingGateway(RestoreGateway inner) {
    this.inner = inner;
  }

  @Override
  public RateGate rateGate() {
    return inner.rateGate();
  }

  @Override
  public void restore(RestoreRequest request) {
    inner.restore(request);
  }

  @Override
  public Optional<Recording> details(String id) {
    return inner.details(id);
  }

  @Override
  public BinListing listBin(ListScope scope) throws InterruptedException {
    return inner.listBin(scope);
  }
}
