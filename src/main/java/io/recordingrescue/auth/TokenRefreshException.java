package io.recordingrescue.auth;

/**
 * A refresh did not give new tokens. {@link #rejected()} is true when the server refused the
 * refresh token (e.g. {@code invalid_grant}: revoked, expired, password changed), false for a
 * network or server failure. The message never contains a token.
 */
public final class TokenRefreshException extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean rejected;

  public TokenRefreshException(String message, boolean rejected) {
    super(message);
    this.rejected = rejected;
  }

  public boolean rejected() {
    return rejected;
  }
}
