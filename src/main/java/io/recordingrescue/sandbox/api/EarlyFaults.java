package io.recordingrescue.sandbox.api;

import com.sun.net.httpserver.HttpExchange;
import io.recordingrescue.sandbox.faults.FaultInjector;
import java.io.IOException;
import java.util.List;

/** Answers for the injected faults that replace the whole answer, before auth is even looked at. */
final class EarlyFaults {

  private final Replies replies;

  EarlyFaults(Replies replies) {
    this.replies = replies;
  }

  /** Answers now for faults that replace the answer; returns false for faults applied later. */
  boolean answered(HttpExchange exchange, FaultInjector.Decision fault) throws IOException {
    switch (fault.kind()) {
      case TOO_MANY_REQUESTS, RATE_LIMITED -> {
        exchange.getResponseHeaders().set("Retry-After", String.valueOf(fault.retryAfterSeconds()));
        replies.error(exchange, 429, "Too many requests, retry later.", List.of("Rate limited"));
      }
      case TOO_MANY_REQUESTS_NO_RETRY_AFTER ->
          replies.error(exchange, 429, "Too many requests.", List.of("Rate limited"));
      case INTERNAL_ERROR -> injected(exchange, 500, "Internal server error.");
      case BAD_GATEWAY -> injected(exchange, 502, "Bad gateway.");
      case SERVICE_UNAVAILABLE -> injected(exchange, 503, "Service unavailable.");
      case DROP_CONNECTION -> Replies.drop(exchange);
      default -> {
        return false;
      }
    }
    return true;
  }

  private void injected(HttpExchange exchange, int status, String message) throws IOException {
    replies.error(exchange, status, message, List.of("Injected fault"));
  }
}
