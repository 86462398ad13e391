package io.recordingrescue.restore;

import io.recordingrescue.webex.RestoreRequest;

/** Passes the first restore call on, then pulls the plug on every call. */
final class NetworkDiesAfterFirstCall extends ForwardingGateway {
  private final FakeGateway webex;
  private boolean first = true;

  NetworkDiesAfterFirstCall(FakeGateway webex) {
    super(webex);
    this.webex = webex;
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
}
