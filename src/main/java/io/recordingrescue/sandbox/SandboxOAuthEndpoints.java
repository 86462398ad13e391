package io.recordingrescue.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * The sandbox's sign-in endpoints, shaped like Webex's: {@code /v1/authorize} shows a consent page
 * with Accept and Deny that redirects to the (loopback) redirect URI with {@code code} and {@code
 * state} or {@code error=access_denied}; {@code /v1/access_token} takes {@code authorization_code}
 * (PKCE S256 checked) and {@code refresh_token} grants with {@code client_id} and {@code
 * client_secret} in the form body. Lifetimes are configurable, so tests and demos can watch tokens
 * expire and refresh. Codes are single use. Nothing here logs a token.
 */
public final class SandboxOAuthEndpoints {

  public static final String AUTHORIZE_PATH = "/v1/authorize";
  public static final String TOKEN_PATH = "/v1/access_token";

  /** Issues the access tokens the sandbox API accepts (the sandbox's token registry). */
  @FunctionalInterface
  public interface AccessTokenIssuer {
    String issue(boolean admin, Duration ttl);
  }

  /** How long codes and tokens live. */
  public record Lifetimes(Duration code, Duration accessToken, Duration refreshToken) {
    /** Webex's usual lifetimes: 14 days access, 90 days refresh. */
    public static Lifetimes webexLike() {
      return new Lifetimes(Duration.ofMinutes(5), Duration.ofDays(14), Duration.ofDays(90));
    }
  }

  private record PendingConsent(
      String clientId, String redirectUri, String state, String scope, String challenge) {}

  private record IssuedCode(
      String clientId, String redirectUri, String scope, String challenge, Instant expiresAt) {}

  private record RefreshGrant(String clientId, String scope, Instant expiresAt) {}

  private static final Set<String> ALLOWED_SCOPES =
      Set.of(
          "spark:recordings_read",
          "spark:recordings_write",
          "spark:people_read",
          "spark-admin:recordings_read",
          "spark-admin:recordings_write");

  private final ObjectMapper json = new ObjectMapper();
  private final SecureRandom random = new SecureRandom();
  private final String clientId;
  private final String clientSecret;
  private final AccessTokenIssuer issuer;
  private final Clock clock;
  private volatile Lifetimes lifetimes;
  private final Map<String, PendingConsent> consents = new ConcurrentHashMap<>();
  private final Map<String, IssuedCode> codes = new ConcurrentHashMap<>();
  private final Map<String, RefreshGrant> refreshTokens = new ConcurrentHashMap<>();
  private final AtomicInteger codeGrants = new AtomicInteger();
  private final AtomicInteger refreshGrants = new AtomicInteger();

  public SandboxOAuthEndpoints(
      String clientId,
      String clientSecret,
      AccessTokenIssuer issuer,
      Clock clock,
      Lifetimes lifetimes) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.issuer = issuer;
    this.clock = clock;
    this.lifetimes = lifetimes;
  }

  /**
   * Serves sign-in on a running sandbox: tokens are issued in its {@link TokenRegistry} (admin
   * scopes give an admin token for {@link SandboxServer#adminEmail()}, else a user token for {@link
   * SandboxServer#userEmail()}), so they work against its API.
   */
  public static SandboxOAuthEndpoints installOn(
      SandboxServer sandbox, String clientId, String clientSecret, Lifetimes lifetimes) {
    TokenRegistry registry = sandbox.tokens();
    SandboxOAuthEndpoints endpoints =
        new SandboxOAuthEndpoints(
            clientId,
            clientSecret,
            (admin, ttl) ->
                admin
                    ? registry.issue(Role.ADMIN, sandbox.adminEmail(), ttl)
                    : registry.issue(Role.USER, sandbox.userEmail(), ttl),
            sandbox.config().clock(),
            lifetimes);
    endpoints.register(sandbox::addContext);
    return endpoints;
  }

  /**
   * Adds both endpoints, e.g. {@code endpoints.register(httpServer::createContext)} or {@code
   * endpoints.register(sandbox::addContext)}.
   */
  public void register(BiConsumer<String, HttpHandler> addContext) {
    addContext.accept(AUTHORIZE_PATH, authorizeHandler());
    addContext.accept(TOKEN_PATH, tokenHandler());
  }

  public HttpHandler authorizeHandler() {
    return this::authorize;
  }

  public HttpHandler tokenHandler() {
    return this::token;
  }

  public void setLifetimes(Lifetimes newLifetimes) {
    this.lifetimes = newLifetimes;
  }

  /** Forgets every refresh token: the next refresh fails with {@code invalid_grant}. */
  public void revokeRefreshTokens() {
    refreshTokens.clear();
  }

  /** Token requests with grant {@code authorization_code} answered so far (success or not). */
  public int codeGrantRequests() {
    return codeGrants.get();
  }

  /** Token requests with grant {@code refresh_token} answered so far (success or not). */
  public int refreshGrantRequests() {
    return refreshGrants.get();
  }

  // ---- /v1/authorize ------------------------------------------------------------------------

  private void authorize(HttpExchange exchange) throws IOException {
    try (exchange) {
      if ("POST".equals(exchange.getRequestMethod())) {
        decide(exchange);
        return;
      }
      if (!"GET".equals(exchange.getRequestMethod())) {
        page(exchange, 405, "Not allowed", "<p>Use GET.</p>");
        return;
      }
      Map<String, String> q = parse(exchange.getRequestURI().getRawQuery());
      String redirectUri = q.getOrDefault("redirect_uri", "");
      // Problems with the client or redirect URI are shown here, never sent to the redirect URI.
      if (!clientId.equals(q.get("client_id"))) {
        page(exchange, 400, "Unknown integration", "<p>The client_id is not known here.</p>");
        return;
      }
      if (!isLoopbackHttp(redirectUri)) {
        page(exchange, 400, "Bad redirect", "<p>redirect_uri must be a loopback http URL.</p>");
        return;
      }
      String state = q.get("state");
      if (!"code".equals(q.get("response_type"))) {
        redirect(exchange, redirectUri, "error", "unsupported_response_type", state);
        return;
      }
      String challenge = q.get("code_challenge");
      if (challenge == null || !"S256".equals(q.get("code_challenge_method"))) {
        redirect(exchange, redirectUri, "error", "invalid_request", state);
        return;
      }
      String scope = q.getOrDefault("scope", "");
      for (String s : scope.split(" ")) {
        if (!s.isEmpty() && !ALLOWED_SCOPES.contains(s)) {
          redirect(exchange, redirectUri, "error", "invalid_scope", state);
          return;
        }
      }
      String consentId = randomToken();
      consents.put(consentId, new PendingConsent(clientId, redirectUri, state, scope, challenge));
      page(
          exchange,
          200,
          "Sandbox sign-in",
          "<p>Recording Rescue asks for: "
              + escape(scope)
              + "</p><form method=\"post\" action=\""
              + AUTHORIZE_PATH
              + "\"><input type=\"hidden\" name=\"consent\" value=\""
              + consentId
              + "\"><button name=\"decision\" value=\"accept\">Accept</button>"
              + " <button name=\"decision\" value=\"deny\">Deny</button></form>");
    }
  }

  private void decide(HttpExchange exchange) throws IOException {
    Map<String, String> form = parse(readBody(exchange));
    PendingConsent consent = consents.remove(form.getOrDefault("consent", ""));
    if (consent == null) {
      page(exchange, 400, "Expired", "<p>This consent page is no longer valid.</p>");
      return;
    }
    if (!"accept".equals(form.get("decision"))) {
      redirect(exchange, consent.redirectUri(), "error", "access_denied", consent.state());
      return;
    }
    String code = randomToken();
    codes.put(
        code,
        new IssuedCode(
            consent.clientId(),
            consent.redirectUri(),
            consent.scope(),
            consent.challenge(),
            clock.instant().plus(lifetimes.code())));
    redirect(exchange, consent.redirectUri(), "code", code, consent.state());
  }

  // ---- /v1/access_token ---------------------------------------------------------------------

  private void token(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        error(exchange, 405, "invalid_request", "use POST");
        return;
      }
      Map<String, String> form = parse(readBody(exchange));
      String grantType = form.getOrDefault("grant_type", "");
      if (grantType.equals("authorization_code")) {
        codeGrants.incrementAndGet();
      } else if (grantType.equals("refresh_token")) {
        refreshGrants.incrementAndGet();
      }
      if (!clientId.equals(form.get("client_id"))
          || !constantTimeEquals(clientSecret, form.getOrDefault("client_secret", ""))) {
        error(exchange, 401, "invalid_client", "client authentication failed");
        return;
      }
      switch (grantType) {
        case "authorization_code" -> codeGrant(exchange, form);
        case "refresh_token" -> refreshGrant(exchange, form);
        default -> error(exchange, 400, "unsupported_grant_type", "unsupported grant type");
      }
    }
  }

  private void codeGrant(HttpExchange exchange, Map<String, String> form) throws IOException {
    IssuedCode code = codes.remove(form.getOrDefault("code", ""));
    if (code == null || !clock.instant().isBefore(code.expiresAt())) {
      error(exchange, 400, "invalid_grant", "the code is unknown, used or expired");
      return;
    }
    if (!code.redirectUri().equals(form.get("redirect_uri"))) {
      error(exchange, 400, "invalid_grant", "redirect_uri does not match the authorization");
      return;
    }
    String verifier = form.get("code_verifier");
    if (verifier == null || !constantTimeEquals(code.challenge(), s256(verifier))) {
      error(exchange, 400, "invalid_grant", "PKCE verification failed");
      return;
    }
    String refreshToken = randomToken();
    Lifetimes l = lifetimes;
    refreshTokens.put(
        refreshToken,
        new RefreshGrant(code.clientId(), code.scope(), clock.instant().plus(l.refreshToken())));
    tokens(exchange, code.scope(), refreshToken, l);
  }

  private void refreshGrant(HttpExchange exchange, Map<String, String> form) throws IOException {
    String refreshToken = form.getOrDefault("refresh_token", "");
    RefreshGrant grant = refreshTokens.get(refreshToken);
    if (grant == null || !clock.instant().isBefore(grant.expiresAt())) {
      error(exchange, 400, "invalid_grant", "the refresh token is unknown, revoked or expired");
      return;
    }
    tokens(exchange, grant.scope(), refreshToken, lifetimes);
  }

  private void tokens(HttpExchange exchange, String scope, String refreshToken, Lifetimes l)
      throws IOException {
    boolean admin = scope.contains("spark-admin:");
    String accessToken = issuer.issue(admin, l.accessToken());
    RefreshGrant grant = refreshTokens.get(refreshToken);
    long refreshLeft =
        grant == null ? 0 : Duration.between(clock.instant(), grant.expiresAt()).toSeconds();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", accessToken);
    body.put("expires_in", l.accessToken().toSeconds());
    body.put("refresh_token", refreshToken);
    body.put("refresh_token_expires_in", refreshLeft);
    body.put("token_type", "Bearer");
    body.put("scope", scope);
    sendJson(exchange, 200, body);
  }

  private void error(HttpExchange exchange, int status, String error, String description)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    sendJson(exchange, status, body);
  }

  // ---- helpers ------------------------------------------------------------------------------

  private void sendJson(HttpExchange exchange, int status, Map<String, Object> body)
      throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void page(HttpExchange exchange, int status, String title, String bodyHtml)
      throws IOException {
    byte[] bytes =
        ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
                + escape(title)
                + "</title></head><body><h1>"
                + escape(title)
                + "</h1>"
                + bodyHtml
                + "</body></html>")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void redirect(
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

  private static String readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> parse(String encoded) {
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

  private static boolean isLoopbackHttp(String uri) {
    try {
      URI u = URI.create(uri);
      if (!"http".equals(u.getScheme()) || u.getHost() == null) {
        return false;
      }
      String host = u.getHost();
      if (host.equals("localhost")) {
        return true;
      }
      return host.matches("[0-9.]+|\\[[0-9a-fA-F:]+\\]")
          && InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (IllegalArgumentException | UnknownHostException e) {
      return false;
    }
  }

  static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private String randomToken() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
