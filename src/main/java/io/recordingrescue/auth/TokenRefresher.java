package io.recordingrescue.auth;

/** Trades a refresh token for new tokens at the token endpoint. */
@FunctionalInterface
public interface TokenRefresher {

  /**
   * Returns the refreshed tokens (the refresh token is carried over when the server sends none).
   *
   * @throws TokenRefreshException when the server refused or could not be reached
   */
  TokenSet refresh(TokenSet current) throws TokenRefreshException;
}
