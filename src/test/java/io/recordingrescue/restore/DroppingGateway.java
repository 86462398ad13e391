package io.recordingrescue.restore;

import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.RateGate;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RestoreRequest;
import java.util.List;
import java.util.Optional;

/**
 * Hides planted ids from the first look (as if they vanished right after it), then lets Webex
 * refuse them: they reach the restore call and must be found by bisection.
 */
final class DroppingGateway implements RestoreGateway {
  private final FakeGateway webex;
  private final List<String> planted;
  private boolean dropped;

  DroppingGateway(FakeGateway webex, List<String> planted) {
    this.webex = webex;
    this.planted = planted;
  }

  @Override
  public RateGate rateGate() {
    return webex.rateGate();
  }

  @Override
  public void restore(RestoreRequest request) {
    synchronized (this) {
      if (!dropped) {
        dropped = true;
        webex.remove(planted);
      }
    }
    webex.restore(request);
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
