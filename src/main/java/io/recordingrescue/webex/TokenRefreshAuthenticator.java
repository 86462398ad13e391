package io.recordingrescue.webex;

import okhttp3.Authenticator;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * On 401, asks the token source once for a fresh token and retries; gives up (the 401 reaches the
 * caller as {@link SignInRequiredException}) when there is none or it was already tried.
 */
final class TokenRefreshAuthenticator implements Authenticator {
  private static final String PREFIX = "Bearer ";
  private final AccessTokenSource tokens;

  TokenRefreshAuthenticator(AccessTokenSource tokens) {
    this.tokens = tokens;
  }

  @Override
  public Request authenticate(Route route, Response response) {
    if (response.priorResponse() != null) {
      return null; // The refreshed token was rejected too: the operator must sign in.
    }
    String sent = response.request().header("Authorization");
    String rejected =
        sent != null && sent.startsWith(PREFIX) ? sent.substring(PREFIX.length()) : "";
    return tokens
        .refreshAfterRejection(rejected)
        .map(
            fresh ->
                response.request().newBuilder().header("Authorization", PREFIX + fresh).build())
        .orElse(null);
  }
}
