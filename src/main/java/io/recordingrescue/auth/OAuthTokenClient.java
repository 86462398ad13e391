package io.recordingrescue.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.exceptions.OAuthException;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.OAuth2AccessTokenErrorResponse;
import com.github.scribejava.core.model.OAuthResponseException;
import com.github.scribejava.core.oauth.AccessTokenRequestParams;
import com.github.scribejava.core.oauth.AuthorizationUrlBuilder;
import com.github.scribejava.core.oauth.OAuth20Service;
import com.github.scribejava.core.oauth2.OAuth2Error;
import com.github.scribejava.httpclient.okhttp.OkHttpHttpClient;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutionException;
import okhttp3.OkHttpClient;

/**
 * Talks to the authorize and token endpoints through ScribeJava: builds the PKCE S256 authorization
 * URL with a random state, exchanges a code, refreshes. ScribeJava gets its own OkHttp client
 * because closing its service shuts that client's dispatcher and pool down.
 *
 * <p>ScribeJava's exceptions can quote the server's raw response (which may hold tokens), so they
 * are never passed on as causes and never logged as they are: only the OAuth error code, the HTTP
 * status and the exception type are.
 */
public final class OAuthTokenClient implements TokenRefresher, AutoCloseable {

  private static final System.Logger LOG = System.getLogger(OAuthTokenClient.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AuthSettings settings;
  private final OAuth20Service service;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public OAuthTokenClient(AuthSettings settings, Clock clock) {
    this(settings, defaultHttpClient(), clock);
  }

  /** {@code httpClient} must be used by ScribeJava alone: {@link #close()} shuts it down. */
  public OAuthTokenClient(AuthSettings settings, OkHttpClient httpClient, Clock clock) {
    if (!settings.hasIntegration()) {
      throw new SignInException(
          SignInException.Reason.NOT_CONFIGURED,
          "Sign-in is not set up: enter the client ID and client secret of your organization's"
              + " Webex integration in Settings (or ask IT for the config file).");
    }
    this.settings = settings;
    this.clock = clock;
    this.service =
        new ServiceBuilder(settings.clientId())
            .apiSecret(settings.clientSecret())
            .defaultScope(settings.scopeSet().asParameter())
            .callback(settings.redirectUri())
            .userAgent("RecordingRescue")
            .httpClient(new OkHttpHttpClient(httpClient))
            .build(WebexOAuthApi.from(settings));
  }

  static OkHttpClient defaultHttpClient() {
    return new OkHttpClient.Builder()
        .followRedirects(false)
        .connectTimeout(Duration.ofSeconds(15))
        .callTimeout(Duration.ofSeconds(60))
        .build();
  }

  public AuthSettings settings() {
    return settings;
  }

  /** A fresh authorization URL with a random state and a new PKCE (S256) verifier. */
  public AuthorizationRequest newAuthorizationRequest() {
    String state = randomUrlSafe(32);
    AuthorizationUrlBuilder builder =
        service.createAuthorizationUrlBuilder().state(state).initPKCE();
    String url = builder.build();
    return new AuthorizationRequest(URI.create(url), state, builder.getPkce().getCodeVerifier());
  }

  /** Trades the authorization code (and the PKCE verifier) for tokens. */
  public TokenSet exchange(String code, String codeVerifier) {
    try {
      OAuth2AccessToken token =
          service.getAccessToken(
              AccessTokenRequestParams.create(code).pkceCodeVerifier(codeVerifier));
      LOG.log(Level.INFO, "Signed in: the token endpoint issued tokens");
      return toTokenSet(token);
    } catch (OAuth2AccessTokenErrorResponse e) {
      String error = errorCode(e);
      LOG.log(Level.WARNING, "The token endpoint refused the sign-in code: {0}", error);
      throw new SignInException(
          SignInException.Reason.TOKEN_REQUEST_REJECTED,
          "Webex refused to finish the sign-in ("
              + error
              + "). Start the sign-in again; if it keeps failing, check the client ID and secret"
              + " in Settings.");
    } catch (OAuthResponseException e) {
      int status = status(e);
      LOG.log(Level.WARNING, "The token endpoint answered HTTP {0} to the sign-in code", status);
      throw new SignInException(
          status == 401
              ? SignInException.Reason.TOKEN_REQUEST_REJECTED
              : SignInException.Reason.TOKEN_REQUEST_FAILED,
          "Webex could not finish the sign-in (HTTP "
              + status
              + "). Check the client ID and secret in Settings and try again.");
    } catch (IOException | ExecutionException | OAuthException e) {
      logUnreached("token", e);
      throw new SignInException(
          SignInException.Reason.TOKEN_REQUEST_FAILED,
          "Could not reach Webex to finish the sign-in. Check the network and try again.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SignInException(SignInException.Reason.CANCELLED, "Sign-in was cancelled.");
    }
  }

  @Override
  public TokenSet refresh(TokenSet current) throws TokenRefreshException {
    if (current.refreshToken() == null) {
      throw new TokenRefreshException("This sign-in cannot be refreshed; sign in again.", true);
    }
    try {
      OAuth2AccessToken token = service.refreshAccessToken(current.refreshToken());
      LOG.log(Level.INFO, "Refreshed the access token");
      return current.mergeRefreshed(toTokenSet(token));
    } catch (OAuth2AccessTokenErrorResponse e) {
      String error = errorCode(e);
      LOG.log(Level.WARNING, "The token endpoint refused the refresh: {0}", error);
      throw new TokenRefreshException(
          "Webex no longer accepts this sign-in (" + error + "); sign in again.", true);
    } catch (OAuthResponseException e) {
      int status = status(e);
      LOG.log(Level.WARNING, "The token endpoint answered HTTP {0} to the refresh", status);
      throw new TokenRefreshException(
          "Webex did not renew the sign-in (HTTP " + status + "); sign in again.",
          status >= 400 && status < 500);
    } catch (IOException | ExecutionException | OAuthException e) {
      logUnreached("refresh", e);
      throw new TokenRefreshException(
          "Could not reach Webex to renew the sign-in; check the network.", false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TokenRefreshException("The refresh was interrupted.", false);
    }
  }

  /** Logs why a request did not get an answer, without secrets; the cause of an async failure. */
  private static void logUnreached(String request, Exception e) {
    LOG.log(
        Level.WARNING,
        "The {0} request failed: {1}",
        request,
        SecretRedactor.describe(e instanceof ExecutionException ? e.getCause() : e));
  }

  private TokenSet toTokenSet(OAuth2AccessToken token) {
    Long refreshExpiresIn = null;
    try {
      JsonNode body = JSON.readTree(token.getRawResponse());
      JsonNode value = body.get("refresh_token_expires_in");
      if (value != null && value.canConvertToLong()) {
        refreshExpiresIn = value.asLong();
      }
    } catch (IOException e) {
      // ScribeJava parsed the same body already; a missing lifetime just means "unknown".
      LOG.log(Level.DEBUG, "Token response without a readable refresh lifetime");
    }
    Integer expiresIn = token.getExpiresIn();
    return TokenSet.fromLifetimes(
        token.getAccessToken(),
        token.getRefreshToken(),
        expiresIn == null ? null : expiresIn.longValue(),
        refreshExpiresIn,
        clock.instant());
  }

  private static String errorCode(OAuth2AccessTokenErrorResponse e) {
    OAuth2Error error = e.getError();
    return error == null ? "unknown error" : error.getErrorString();
  }

  private static int status(OAuthResponseException e) {
    return e.getResponse() == null ? -1 : e.getResponse().getCode();
  }

  private String randomUrlSafe(int bytes) {
    byte[] buffer = new byte[bytes];
    random.nextBytes(buffer);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "Closing the OAuth client: {0}", SecretRedactor.describe(e));
    }
  }
}
