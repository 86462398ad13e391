package io.recordingrescue.restore;

import io.recordingrescue.webex.RestoreRequest;
import java.util.List;

/**
 * Hides planted ids from the first look (as if they vanished right after it), then lets Webex
 * refuse them: they reach the restore call and must be found by bisection.
 */
final class DroppingGateway extends ForwardingGateway {
  private final FakeGateway webex;
  private final List<String> planted;
  private boolean dropped;

  DroppingGateway(FakeGateway webex, List<String> planted) {
    super(webex);
    this.webex = webex;
    this.planted = planted;
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
}
