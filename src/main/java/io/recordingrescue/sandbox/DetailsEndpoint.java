package io.recordingrescue.sandbox;

import com.sun.net.httpserver.HttpExchange;
import io.recordingrescue.webex.Recording;
import java.io.IOException;

/** {@code GET /v1/convergedRecordings/{id}}: one recording, to its owner or an administrator. */
final class DetailsEndpoint implements ApiEndpoint {

  private final DataSet data;
  private final OkReply ok;

  DetailsEndpoint(DataSet data, OkReply ok) {
    this.data = data;
    this.ok = ok;
  }

  @Override
  public void serve(HttpExchange exchange, TokenRegistry.Grant caller, FaultKind fault)
      throws IOException, InterruptedException {
    String id = ApiRoute.recordingId(exchange.getRequestURI().getPath());
    Recording recording =
        data.find(id).orElseThrow(() -> new ApiException(404, "Recording not found: " + id));
    if (caller.role() != Role.ADMIN && !recording.ownerEmail().equalsIgnoreCase(caller.email())) {
      throw new ApiException(403, "This recording belongs to someone else.");
    }
    ok.send(exchange, ok.toJson(recording), fault);
  }
}
