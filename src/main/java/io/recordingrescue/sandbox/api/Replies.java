package io.recordingrescue.sandbox.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/** Writes answers the way Webex does: JSON bodies, a TrackingID on every answer. */
final class Replies {

  static final String JSON = "application/json;charset=UTF-8";

  // Per exchange, not in HttpExchange.setAttribute: on JDK 17 an exchange's attributes are its
  // context's, shared by every request being answered at the same time (one request's answer
  // then logged another's). RequestLog forgets an exchange when its handler returns.
  private static final Map<HttpExchange, String> TRACKING_IDS = new ConcurrentHashMap<>();
  private static final Map<HttpExchange, IntConsumer> RECORDERS = new ConcurrentHashMap<>();

  private final ObjectMapper mapper;

  Replies(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Gives the exchange its tracking id and the {@code TrackingID} header. */
  static void track(HttpExchange exchange) {
    String trackingId = "ROUTER_" + UUID.randomUUID();
    TRACKING_IDS.put(exchange, trackingId);
    exchange.getResponseHeaders().set("TrackingID", trackingId);
  }

  /**
   * Registers what to call with the status just before an answer goes out (0 for a drop), so that
   * the request log is complete by the time a client has read the answer.
   */
  static void onAnswer(HttpExchange exchange, IntConsumer recorder) {
    RECORDERS.put(exchange, recorder);
  }

  static void answering(HttpExchange exchange, int status) {
    IntConsumer recorder = RECORDERS.get(exchange);
    if (recorder != null) {
      recorder.accept(status);
    }
  }

  /** The exchange is over: drops what {@link #track} and {@link #onAnswer} kept for it. */
  static void forget(HttpExchange exchange) {
    TRACKING_IDS.remove(exchange);
    RECORDERS.remove(exchange);
  }

  /** Closes the socket without any answer. */
  static void drop(HttpExchange exchange) {
    answering(exchange, 0);
    exchange.close(); // no headers were sent, so the connection itself closes
  }

  static String trackingId(HttpExchange exchange) {
    String id = TRACKING_IDS.get(exchange);
    return id == null ? "ROUTER_" + UUID.randomUUID() : id;
  }

  byte[] toJson(Object body) throws IOException {
    return mapper.writeValueAsBytes(body);
  }

  void json(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", JSON);
    answering(exchange, status);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Sends the body in small pieces spread over {@code millis}: a slow network or server. */
  void jsonSlowly(HttpExchange exchange, int status, byte[] body, long millis)
      throws IOException, InterruptedException {
    exchange.getResponseHeaders().set("Content-Type", JSON);
    answering(exchange, status);
    exchange.sendResponseHeaders(status, body.length);
    int pieces = Math.max(1, Math.min(20, body.length));
    int pieceSize = (body.length + pieces - 1) / pieces;
    try (OutputStream out = exchange.getResponseBody()) {
      for (int offset = 0; offset < body.length; offset += pieceSize) {
        Thread.sleep(millis / pieces);
        out.write(body, offset, Math.min(pieceSize, body.length - offset));
        out.flush();
      }
    }
  }

  void noContent(HttpExchange exchange) throws IOException {
    answering(exchange, 204);
    exchange.sendResponseHeaders(204, -1);
    exchange.close();
  }

  void error(HttpExchange exchange, ApiException e) throws IOException {
    error(exchange, e.status(), e.getMessage(), e.descriptions());
  }

  void error(HttpExchange exchange, int status, String message, List<String> descriptions)
      throws IOException {
    ObjectNode body = mapper.createObjectNode();
    body.put("message", message);
    ArrayNode errors = body.putArray("errors");
    for (String description : descriptions) {
      errors.addObject().put("description", description);
    }
    body.put("trackingId", trackingId(exchange));
    json(exchange, status, mapper.writeValueAsBytes(body));
  }
}
