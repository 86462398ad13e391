package io.recordingrescue.auth;

import com.sun.net.httpserver.HttpServer;
import io.recordingrescue.sandbox.oauth.SandboxOAuthEndpoints;
import io.recordingrescue.testsupport.FakeTime;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox's OAuth endpoints on 127.0.0.1 plus a protected {@code /v1/people/me}, with a token
 * issuer whose tokens the test can expire. Records every secret it hands out, so tests can look for
 * them in logs.
 */
final class SandboxFixture implements AutoCloseable {

  static final String CLIENT_ID = "sandbox-client";
  static final String CLIENT_SECRET = "sandbox-secret-7f3a9c";

  final FakeTime clock = new FakeTime(Instant.parse("2025-03-01T10:00:00Z"));
  final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
  final List<String> issued = new CopyOnWriteArrayList<>();
  final AtomicInteger protectedCalls = new AtomicInteger();
  final SandboxOAuthEndpoints endpoints;
  final HttpServer server;
  private final AtomicInteger counter = new AtomicInteger();

  SandboxFixture(SandboxOAuthEndpoints.Lifetimes lifetimes) throws IOException {
    endpoints =
        new SandboxOAuthEndpoints(
            CLIENT_ID,
            CLIENT_SECRET,
            (admin, ttl) -> {
              String token = "sbx-access-" + counter.incrementAndGet() + "-" + System.nanoTime();
              accessTokens.put(token, clock.instant().plus(ttl));
              issued.add(token);
              return token;
            },
            clock,
            lifetimes);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8));
    endpoints.register(server::createContext);
    server.createContext(
        "/v1/people/me",
        exchange -> {
          try (exchange) {
            protectedCalls.incrementAndGet();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String token = auth == null ? "" : auth.replaceFirst("^Bearer ", "");
            Instant expires = accessTokens.get(token);
            boolean ok = expires != null && clock.instant().isBefore(expires);
            byte[] body = (ok ? "{\"displayName\":\"Op\"}" : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(ok ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
          }
        });
    server.start();
  }

  SandboxFixture() throws IOException {
    this(
        new SandboxOAuthEndpoints.Lifetimes(
            Duration.ofMinutes(1), Duration.ofMinutes(60), Duration.ofDays(1)));
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  AuthSettings settings(int redirectPort) {
    return new AuthSettings(
        CLIENT_ID,
        CLIENT_SECRET,
        redirectPort,
        ScopeSet.USER,
        baseUrl().resolve("/v1"),
        baseUrl().resolve(SandboxOAuthEndpoints.AUTHORIZE_PATH),
        baseUrl().resolve(SandboxOAuthEndpoints.TOKEN_PATH));
  }

  /** Makes a token fail with 401 from now on, as when Webex's lifetime for it ends. */
  void expire(String token) {
    accessTokens.put(token, Instant.EPOCH);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
