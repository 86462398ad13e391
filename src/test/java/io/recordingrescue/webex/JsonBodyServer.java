package io.recordingrescue.webex;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for Webex on 127.0.0.1 and an ephemeral port that answers every {@code /v1/} call 200
 * with the JSON body set last (an empty page until then), and a client for it.
 */
final class JsonBodyServer implements AutoCloseable {
  private final AtomicReference<String> body = new AtomicReference<>("{\"items\": []}");
  private final HttpServer server;
  private final WebexClient client;

  /** Started; a test holds it in an {@code @AutoClose} field. */
  JsonBodyServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a port on 127.0.0.1", e);
    }
    server.createContext(
        "/v1/",
        exchange -> {
          byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    client =
        WebexClient.builder(base, AccessTokenSource.fixed("token"))
            .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
            .build();
  }

  WebexClient client() {
    return client;
  }

  /** What every following call gets back. */
  void answer(String json) {
    body.set(json);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
