package io.recordingrescue.auth;

import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.oauth2.clientauthentication.ClientAuthentication;
import com.github.scribejava.core.oauth2.clientauthentication.RequestBodyAuthenticationScheme;
import java.net.URI;

/** ScribeJava's description of Webex's OAuth endpoints (overridable for the sandbox and tests). */
public final class WebexOAuthApi extends DefaultApi20 {

  private final URI authorizeUrl;
  private final URI tokenUrl;

  public WebexOAuthApi(URI authorizeUrl, URI tokenUrl) {
    this.authorizeUrl = authorizeUrl;
    this.tokenUrl = tokenUrl;
  }

  /** Webex's own endpoints. */
  public static WebexOAuthApi webex() {
    return new WebexOAuthApi(AuthSettings.WEBEX_AUTHORIZE_URL, AuthSettings.WEBEX_TOKEN_URL);
  }

  public static WebexOAuthApi from(AuthSettings settings) {
    return new WebexOAuthApi(settings.authorizeUrl(), settings.tokenUrl());
  }

  @Override
  public String getAccessTokenEndpoint() {
    return tokenUrl.toString();
  }

  @Override
  protected String getAuthorizationBaseUrl() {
    return authorizeUrl.toString();
  }

  /**
   * Webex wants {@code client_id} and {@code client_secret} in the form body. ScribeJava's default
   * is HTTP Basic, and only when both are set.
   */
  @Override
  public ClientAuthentication getClientAuthentication() {
    return RequestBodyAuthenticationScheme.instance();
  }
}
