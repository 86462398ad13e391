package io.recordingrescue.sandbox.oauth;

import com.sun.net.httpserver.HttpHandler;
import io.recordingrescue.sandbox.SandboxServer;
import java.time.Clock;
import java.time.Duration;
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

  private final TokenEndpoint tokenEndpoint;
  private final ConsentPage consentPage;
  private volatile Lifetimes lifetimes;

  public SandboxOAuthEndpoints(
      String clientId,
      String clientSecret,
      AccessTokenIssuer issuer,
      Clock clock,
      Lifetimes lifetimes) {
    this.lifetimes = lifetimes;
    ClientCredentials client = new ClientCredentials(clientId, clientSecret);
    RandomTokens random = new RandomTokens();
    // Collaborators read the lifetimes on each use, so setLifetimes applies to the next grant.
    AuthorizationCodes codes = new AuthorizationCodes(clock, () -> this.lifetimes, random);
    this.consentPage = new ConsentPage(client, codes, random);
    this.tokenEndpoint =
        new TokenEndpoint(client, codes, issuer, clock, () -> this.lifetimes, random);
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
                    ? registry.issue(CallerRole.ADMIN, sandbox.adminEmail(), ttl)
                    : registry.issue(CallerRole.USER, sandbox.userEmail(), ttl),
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
    return consentPage;
  }

  public HttpHandler tokenHandler() {
    return tokenEndpoint;
  }

  public void setLifetimes(Lifetimes newLifetimes) {
    this.lifetimes = newLifetimes;
  }

  /** Forgets every refresh token: the next refresh fails with {@code invalid_grant}. */
  public void revokeRefreshTokens() {
    tokenEndpoint.revokeRefreshTokens();
  }

  /** Token requests with grant {@code authorization_code} answered so far (success or not). */
  public int codeGrantRequests() {
    return tokenEndpoint.codeGrantRequests();
  }

  /** Token requests with grant {@code refresh_token} answered so far (success or not). */
  public int refreshGrantRequests() {
    return tokenEndpoint.refreshGrantRequests();
  }
}
