package io.recordingrescue.sandbox.oauth;

import com.sun.net.httpserver.HttpExchange;
import io.recordingrescue.webex.FormPairs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** {@code application/x-www-form-urlencoded} pairs from a query string or a request body. */
final class FormData {

  /** Sign-in forms are tiny; a larger body is cut off rather than read into memory. */
  private static final int MAX_BODY_BYTES = 64 * 1024;

  private FormData() {}

  static Map<String, String> ofBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      return FormPairs.decode(new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8));
    }
  }
}
