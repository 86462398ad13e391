package io.recordingrescue.auth;

import java.net.URI;

/**
 * One prepared authorization: the URL for the browser, the random {@code state} the callback must
 * echo, and the PKCE verifier that only the token request may see. {@link #toString()} shows
 * neither state nor verifier.
 */
public record AuthorizationRequest(URI authorizationUrl, String state, String codeVerifier) {

  @Override
  public String toString() {
    return "AuthorizationRequest[authorizationUrl=(hidden), state=(hidden), codeVerifier=(hidden)]";
  }
}
