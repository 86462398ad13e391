package io.recordingrescue.sandbox.api;

import com.sun.net.httpserver.HttpExchange;
import io.recordingrescue.sandbox.faults.FaultKind;
import io.recordingrescue.sandbox.oauth.TokenRegistry;
import java.io.IOException;

/** One endpoint of the API, called once routing, faults and bearer auth have let a request by. */
@FunctionalInterface
interface ApiEndpoint {

  /**
   * Answers the request; {@code fault} is the injected fault still to apply, or {@code null}.
   *
   * @throws ApiException for a Webex-style error answer
   */
  void serve(HttpExchange exchange, TokenRegistry.Grant caller, FaultKind fault)
      throws IOException, InterruptedException;
}
