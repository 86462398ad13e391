package io.recordingrescue.restore;

import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.RateGate;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RestoreRequest;
import java.util.Optional;

/** Passes the first restore call on, then pulls the plug on every call. */
final class NetworkDiesAfterFirstCall implements RestoreGateway {
  private final FakeGateway webex;
  private boolean first = true;

  NetworkDiesAfterFirstCall(FakeGateway webex) {
    this.webex = webex;
  }

  @Override
  public RateGate rateGate() {
    return webex.rateGate();
  }

  @Override
  public void restore(RestoreRequest request) {
    try {
      webex.restore(request);
    } finally {
      synchronized (this) {
        if (first) {
          first = false;
          webex.networkDead(true);
        }
      }
    }
  }

  @Override
  public Optional<Recording> details(String id) {
    return webex.details(id);
  }

  @Override
  public BinListing listBin(ListScope scope) {
    return webex.listBin(scope);
  }
}
