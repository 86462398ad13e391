package io.recordingrescue.sandbox.api;

import com.sun.net.httpserver.HttpExchange;
import io.recordingrescue.sandbox.faults.FaultInjector;
import io.recordingrescue.sandbox.faults.FaultKind;
import java.io.IOException;

/** Sends a 200 JSON body, trickled out slowly when the {@code SLOW_BODY} fault is on. */
final class OkReply {

  private final Replies replies;
  private final FaultInjector faults;

  OkReply(Replies replies, FaultInjector faults) {
    this.replies = replies;
    this.faults = faults;
  }

  void send(HttpExchange exchange, byte[] body, FaultKind fault)
      throws IOException, InterruptedException {
    if (fault == FaultKind.SLOW_BODY) {
      replies.jsonSlowly(exchange, 200, body, faults.plan().slowBodyMillis());
    } else {
      replies.json(exchange, 200, body);
    }
  }

  byte[] toJson(Object body) throws IOException {
    return replies.toJson(body);
  }
}
