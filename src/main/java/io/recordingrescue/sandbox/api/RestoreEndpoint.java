package io.recordingrescue.sandbox.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.recordingrescue.sandbox.faults.FaultKind;
import io.recordingrescue.sandbox.oauth.TokenRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code POST /v1/convergedRecordings/restore}: checks the content type and body, applies {@link
 * RestoreRules} and logs every call that got that far, success or not, as a {@link RestoreCall}.
 */
record RestoreEndpoint(
    ObjectMapper mapper, RestoreRules rules, Replies replies, Consumer<RestoreCall> restoreLog)
    implements ApiEndpoint {
  @Override
  public void serve(HttpExchange exchange, TokenRegistry.Grant caller, FaultKind fault)
      throws IOException {
    String role = caller.role().wireName();
    if (!isJson(exchange.getRequestHeaders().getFirst("Content-Type"))) {
      log(role, false, null, List.of(), 415);
      throw new ApiException(415, "The request body must be application/json.");
    }
    byte[] bodyBytes;
    try (InputStream in = exchange.getRequestBody()) {
      bodyBytes = in.readAllBytes();
    }
    RestoreBody body;
    try {
      body = RestoreBody.parse(mapper, bodyBytes);
    } catch (ApiException e) {
      log(role, false, null, List.of(), e.status());
      throw e;
    }
    int status;
    try {
      status = rules.apply(caller, body, fault != FaultKind.RESTORE_NOOP);
    } catch (ApiException e) {
      log(role, body, e.status());
      throw e;
    }
    log(role, body, status);
    if (fault == FaultKind.RESTORE_THEN_DROP) {
      Replies.drop(exchange); // applied, but the client never hears back
      return;
    }
    replies.noContent(exchange);
  }

  private static boolean isJson(String contentType) {
    return contentType != null
        && contentType.toLowerCase(Locale.ROOT).split(";")[0].trim().equals("application/json");
  }

  private void log(String role, RestoreBody body, int status) {
    log(role, body.restoreAll(), body.ownerEmail(), body.recordingIds(), status);
  }

  private void log(String role, boolean all, String owner, List<String> ids, int status) {
    restoreLog.accept(new RestoreCall(Instant.now(), role, all, owner, ids, status));
  }
}
