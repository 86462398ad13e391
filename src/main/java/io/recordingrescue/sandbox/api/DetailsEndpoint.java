package io.recordingrescue.sandbox.api;

import com.sun.net.httpserver.HttpExchange;
import io.recordingrescue.sandbox.data.DataSet;
import io.recordingrescue.sandbox.faults.FaultKind;
import io.recordingrescue.sandbox.oauth.CallerRole;
import io.recordingrescue.sandbox.oauth.TokenRegistry;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RecordingValues;
import java.io.IOException;

/**
 * {@code GET /v1/convergedRecordings/{id}}: one recording, to its owner or an administrator, as the
 * configured {@link DetailsReading} has it.
 */
record DetailsEndpoint(DataSet data, OkReply ok, DetailsReading reading) implements ApiEndpoint {
  @Override
  public void serve(HttpExchange exchange, TokenRegistry.Grant caller, FaultKind fault)
      throws IOException, InterruptedException {
    String id = ApiRoute.recordingId(exchange.getRequestURI().getPath());
    Recording recording =
        data.find(id).orElseThrow(() -> new ApiException(404, "Recording not found: " + id));
    boolean own = recording.ownerEmail().equalsIgnoreCase(caller.email());
    boolean hidden =
        switch (reading) {
          case RETURNS_BIN_ITEMS -> false;
          case BIN_ITEMS_404 -> RecordingValues.STATUS_DELETED.equals(recording.status());
          case OWN_ONLY -> !own;
        };
    if (hidden) {
      throw new ApiException(404, "Recording not found: " + id);
    }
    if (caller.role() != CallerRole.ADMIN
        && !recording.ownerEmail().equalsIgnoreCase(caller.email())) {
      throw new ApiException(403, "This recording belongs to someone else.");
    }
    ok.send(exchange, ok.toJson(recording), fault);
  }
}
