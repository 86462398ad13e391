package io.recordingrescue.sandbox.oauth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sign-in endpoints' answers: small HTML pages, redirects and OAuth JSON. */
final class OAuthReplies {

  private final ObjectMapper json = new ObjectMapper();

  /** An OAuth error body ({@code error}, {@code error_description}). */
  void error(HttpExchange exchange, int status, String error, String description)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    json(exchange, status, body);
  }

  /** JSON that must not be cached, since token answers carry secrets. */
  void json(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    send(exchange, status, bytes);
  }

  static void page(HttpExchange exchange, int status, String title, String bodyHtml)
      throws IOException {
    String html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
            + escape(title)
            + "</title></head><body><h1>"
            + escape(title)
            + "</h1>"
            + bodyHtml
            + "</body></html>";
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    send(exchange, status, html.getBytes(StandardCharsets.UTF_8));
  }

  /** A 302 to the client's redirect URI with {@code key=value} and the client's state. */
  static void redirect(
      HttpExchange exchange, String redirectUri, String key, String value, String state)
      throws IOException {
    StringBuilder location = new StringBuilder(redirectUri);
    location.append(redirectUri.contains("?") ? '&' : '?');
    location.append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    if (state != null) {
      location.append("&state=").append(URLEncoder.encode(state, StandardCharsets.UTF_8));
    }
    exchange.getResponseHeaders().set("Location", location.toString());
    exchange.sendResponseHeaders(302, -1);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
