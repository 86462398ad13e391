package io.recordingrescue.webex;

import java.util.Optional;

/**
 * Where the client gets its bearer token. The auth package implements it with refresh; a pasted
 * personal access token or the sandbox uses {@link #fixed(String)}.
 */
public interface AccessTokenSource {

  /** The token to send now. Never logged. */
  String currentToken();

  /**
   * Called when Webex answered 401 to a request sent with {@code rejectedToken}. Returns a fresh
   * token to retry with, or empty when the operator has to sign in again. Implementations make
   * concurrent callers share one refresh.
   */
  Optional<String> refreshAfterRejection(String rejectedToken);

  static AccessTokenSource fixed(String token) {
    return new AccessTokenSource() {
      @Override
      public String currentToken() {
        return token;
      }

      @Override
      public Optional<String> refreshAfterRejection(String rejectedToken) {
        return Optional.empty();
      }
    };
  }
}
