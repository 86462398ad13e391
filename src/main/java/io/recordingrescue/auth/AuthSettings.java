package io.recordingrescue.auth;

import io.recordingrescue.webex.WebexBaseUrl;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * What an org deploys so its operators can sign in: the Webex integration's client id and secret,
 * the registered loopback redirect port, the scope set and the endpoints. Every URL that does not
 * point at this machine must be HTTPS. {@link #toString()} never shows the secret.
 */
public record AuthSettings(
    String clientId,
    String clientSecret,
    int redirectPort,
    ScopeSet scopeSet,
    URI apiBaseUrl,
    URI authorizeUrl,
    URI tokenUrl) {

  public static final int DEFAULT_REDIRECT_PORT = 8765;
  public static final URI WEBEX_API_BASE_URL = URI.create("https://webexapis.com/v1");
  public static final URI WEBEX_AUTHORIZE_URL = URI.create("https://webexapis.com/v1/authorize");
  public static final URI WEBEX_TOKEN_URL = URI.create("https://webexapis.com/v1/access_token");

  /** Path of the loopback redirect; the registered redirect URI is {@link #redirectUri()}. */
  public static final String CALLBACK_PATH = "/callback";

  public AuthSettings {
    clientId = clientId == null ? "" : clientId.trim();
    clientSecret = clientSecret == null ? "" : clientSecret.trim();
    Objects.requireNonNull(scopeSet, "scopeSet");
    if (redirectPort < 1 || redirectPort > 65535) {
      throw new IllegalArgumentException(
          "Setting redirectPort must be between 1 and 65535, not " + redirectPort);
    }
    requireSecureUrl(apiBaseUrl, "apiBaseUrl");
    requireSecureUrl(authorizeUrl, "authorizeUrl");
    requireSecureUrl(tokenUrl, "tokenUrl");
  }

  /** Webex's endpoints, user scopes, the default port, and no integration yet. */
  public static AuthSettings webexDefaults() {
    return new AuthSettings(
        "",
        "",
        DEFAULT_REDIRECT_PORT,
        ScopeSet.USER,
        WEBEX_API_BASE_URL,
        WEBEX_AUTHORIZE_URL,
        WEBEX_TOKEN_URL);
  }

  /** True when client id and secret are both set, so a sign-in can start. */
  public boolean hasIntegration() {
    return !clientId.isEmpty() && !clientSecret.isEmpty();
  }

  /** The redirect URI registered with the Webex integration, port included. */
  public String redirectUri() {
    return "http://localhost:" + redirectPort + CALLBACK_PATH;
  }

  public AuthSettings withClient(String newClientId, String newClientSecret) {
    return new AuthSettings(
        newClientId, newClientSecret, redirectPort, scopeSet, apiBaseUrl, authorizeUrl, tokenUrl);
  }

  public AuthSettings withRedirectPort(int port) {
    return new AuthSettings(
        clientId, clientSecret, port, scopeSet, apiBaseUrl, authorizeUrl, tokenUrl);
  }

  public AuthSettings withScopeSet(ScopeSet scopes) {
    return new AuthSettings(
        clientId, clientSecret, redirectPort, scopes, apiBaseUrl, authorizeUrl, tokenUrl);
  }

  public AuthSettings withEndpoints(URI api, URI authorize, URI token) {
    return new AuthSettings(clientId, clientSecret, redirectPort, scopeSet, api, authorize, token);
  }

  @Override
  public String toString() {
    return "AuthSettings[clientId="
        + clientId
        + ", clientSecret="
        + (clientSecret.isEmpty() ? "(not set)" : "(set, hidden)")
        + ", redirectPort="
        + redirectPort
        + ", scopeSet="
        + scopeSet
        + ", apiBaseUrl="
        + apiBaseUrl
        + ", authorizeUrl="
        + authorizeUrl
        + ", tokenUrl="
        + tokenUrl
        + "]";
  }

  /**
   * HTTPS unless the host is this machine (the sandbox and tests run on loopback). The message
   * names the setting; URLs never carry secrets here.
   */
  static void requireSecureUrl(URI url, String settingName) {
    if (url == null) {
      throw new IllegalArgumentException("Setting " + settingName + " is missing");
    }
    String problem = insecureUrlProblem(url);
    if (problem != null) {
      throw new IllegalArgumentException("Setting " + settingName + " " + problem);
    }
  }

  /** Why {@code url} may not be used as an endpoint, or null when it may. */
  static String insecureUrlProblem(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      return "must be an https:// URL, not \"" + url + "\"";
    }
    if (scheme.equals("http") && !WebexBaseUrl.isLoopback(url.getHost())) {
      return "must use https:// (plain http:// is allowed only for this machine, e.g."
          + " http://127.0.0.1), not \""
          + url
          + "\"";
    }
    return null;
  }
}
