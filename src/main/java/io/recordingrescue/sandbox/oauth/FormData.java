package io.recordingrescue.sandbox.oauth;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** {@code application/x-www-form-urlencoded} pairs from a query string or a request body. */
final class FormData {

  /** Sign-in forms are tiny; a larger body is cut off rather than read into memory. */
  private static final int MAX_BODY_BYTES = 64 * 1024;

  private FormData() {}

  static Map<String, String> ofBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      return parse(new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8));
    }
  }

  /** Decodes the pairs; the first of a repeated name wins. */
  static Map<String, String> parse(String encoded) {
    Map<String, String> out = new HashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return out;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.putIfAbsent(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }
}
