package io.recordingrescue.sandbox.api;

import io.recordingrescue.sandbox.oauth.TokenRegistry;

/** Turns an {@code Authorization: Bearer} header into the caller's grant, or a Webex 401. */
final class BearerAuth {

  private static final String BEARER = "Bearer ";

  private final TokenRegistry tokens;

  BearerAuth(TokenRegistry tokens) {
    this.tokens = tokens;
  }

  TokenRegistry.Grant caller(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new ApiException(
          401,
          "The request requires a valid access token set in the Authorization request header.");
    }
    String token = authorization.substring(BEARER.length()).trim();
    return tokens
        .validGrant(token)
        .orElseThrow(
            () ->
                new ApiException(
                    401,
                    // Webex tells an expired token apart, which is what makes a client refresh.
                    tokens.grant(token).isPresent()
                        ? "The access token has expired."
                        : "The access token is not valid."));
  }
}
