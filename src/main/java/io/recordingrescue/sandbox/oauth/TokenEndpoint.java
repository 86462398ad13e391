package io.recordingrescue.sandbox.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * {@code /v1/access_token}: the {@code authorization_code} grant (PKCE checked) and the {@code
 * refresh_token} grant, with the client's id and secret in the form body. Counts both grants so
 * tests can see whether a client refreshed.
 */
final class TokenEndpoint implements HttpHandler {

  private record RefreshGrant(String clientId, String scope, Instant expiresAt) {}

  private final ClientCredentials client;
  private final AuthorizationCodes codes;
  private final SandboxOAuthEndpoints.AccessTokenIssuer issuer;
  private final Clock clock;
  private final Supplier<SandboxOAuthEndpoints.Lifetimes> lifetimes;
  private final RandomTokens random;
  private final OAuthReplies replies = new OAuthReplies();
  private final Map<String, RefreshGrant> refreshTokens = new ConcurrentHashMap<>();
  private final AtomicInteger codeGrants = new AtomicInteger();
  private final AtomicInteger refreshGrants = new AtomicInteger();

  TokenEndpoint(
      ClientCredentials client,
      AuthorizationCodes codes,
      SandboxOAuthEndpoints.AccessTokenIssuer issuer,
      Clock clock,
      Supplier<SandboxOAuthEndpoints.Lifetimes> lifetimes,
      RandomTokens random) {
    this.client = client;
    this.codes = codes;
    this.issuer = issuer;
    this.clock = clock;
    this.lifetimes = lifetimes;
    this.random = random;
  }

  void revokeRefreshTokens() {
    refreshTokens.clear();
  }

  int codeGrantRequests() {
    return codeGrants.get();
  }

  int refreshGrantRequests() {
    return refreshGrants.get();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        replies.error(exchange, 405, "invalid_request", "use POST");
        return;
      }
      Map<String, String> form = FormData.ofBody(exchange);
      String grantType = form.getOrDefault("grant_type", "");
      // Counted before the client check: tests ask whether a grant was attempted at all.
      if (grantType.equals("authorization_code")) {
        codeGrants.incrementAndGet();
      } else if (grantType.equals("refresh_token")) {
        refreshGrants.incrementAndGet();
      }
      if (!client.authenticates(form)) {
        replies.error(exchange, 401, "invalid_client", "client authentication failed");
        return;
      }
      switch (grantType) {
        case "authorization_code" -> codeGrant(exchange, form);
        case "refresh_token" -> refreshGrant(exchange, form);
        default -> replies.error(exchange, 400, "unsupported_grant_type", "unsupported grant type");
      }
    }
  }

  private void codeGrant(HttpExchange exchange, Map<String, String> form) throws IOException {
    Optional<AuthorizationCodes.IssuedCode> redeemed = codes.redeem(form.getOrDefault("code", ""));
    if (redeemed.isEmpty()) {
      replies.error(exchange, 400, "invalid_grant", "the code is unknown, used or expired");
      return;
    }
    AuthorizationCodes.IssuedCode code = redeemed.get();
    if (!code.redirectUri().equals(form.get("redirect_uri"))) {
      replies.error(
          exchange, 400, "invalid_grant", "redirect_uri does not match the authorization");
      return;
    }
    if (!PkceCheck.verifies(code.challenge(), form.get("code_verifier"))) {
      replies.error(exchange, 400, "invalid_grant", "PKCE verification failed");
      return;
    }
    String refreshToken = random.next();
    SandboxOAuthEndpoints.Lifetimes l = lifetimes.get();
    refreshTokens.put(
        refreshToken,
        new RefreshGrant(code.clientId(), code.scope(), clock.instant().plus(l.refreshToken())));
    tokens(exchange, code.scope(), refreshToken, l);
  }

  private void refreshGrant(HttpExchange exchange, Map<String, String> form) throws IOException {
    String refreshToken = form.getOrDefault("refresh_token", "");
    RefreshGrant grant = refreshTokens.get(refreshToken);
    if (grant == null || !clock.instant().isBefore(grant.expiresAt())) {
      replies.error(
          exchange, 400, "invalid_grant", "the refresh token is unknown, revoked or expired");
      return;
    }
    tokens(exchange, grant.scope(), refreshToken, lifetimes.get());
  }

  private void tokens(
      HttpExchange exchange, String scope, String refreshToken, SandboxOAuthEndpoints.Lifetimes l)
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
    replies.json(exchange, 200, body);
  }
}
