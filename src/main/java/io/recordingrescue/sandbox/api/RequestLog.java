package io.recordingrescue.sandbox.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Every request the sandbox answered (or dropped), in order of completion. */
public final class RequestLog {

  private final List<RequestRecord> records = Collections.synchronizedList(new ArrayList<>());

  /**
   * Wraps a handler so that each request is logged once: the sandbox's own answers log just before
   * they go out (so the log is complete when a client has read the answer); for other handlers the
   * log is written when they return.
   */
  public HttpHandler around(HttpHandler handler) {
    return exchange -> {
      AtomicBoolean logged = new AtomicBoolean();
      Replies.onAnswer(
          exchange,
          status -> {
            if (logged.compareAndSet(false, true)) {
              record(exchange, status);
            }
          });
      try {
        handler.handle(exchange);
      } finally {
        if (logged.compareAndSet(false, true)) {
          record(exchange, Math.max(0, exchange.getResponseCode()));
        }
        Replies.forget(exchange);
      }
    };
  }

  public List<RequestRecord> snapshot() {
    synchronized (records) {
      return List.copyOf(records);
    }
  }

  public void clear() {
    records.clear();
  }

  private void record(HttpExchange exchange, int status) {
    URI uri = exchange.getRequestURI();
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    records.add(new RequestRecord(Instant.now(), exchange.getRequestMethod(), target, status));
  }
}
