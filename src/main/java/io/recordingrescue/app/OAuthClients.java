package io.recordingrescue.app;

import io.recordingrescue.auth.AuthSettings;
import io.recordingrescue.auth.OAuthTokenClient;
import io.recordingrescue.auth.SignInException;
import io.recordingrescue.auth.TokenRefreshException;
import io.recordingrescue.auth.TokenRefresher;
import io.recordingrescue.auth.TokenSet;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The OAuth client for the settings in effect, made again when Settings change. It refreshes for
 * the token manager and starts browser sign-ins. Each client has its own OkHttp client (ScribeJava
 * closes it).
 */
final class OAuthClients implements TokenRefresher, AutoCloseable {
  private final Supplier<AuthSettings> settings;
  private final Clock clock;
  private OAuthTokenClient client;
  private AuthSettings clientSettings;

  OAuthClients(Supplier<AuthSettings> settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * @throws SignInException {@code NOT_CONFIGURED} when no client id/secret is set
   */
  synchronized OAuthTokenClient current() {
    AuthSettings now = settings.get();
    if (client == null || !now.equals(clientSettings)) {
      OAuthTokenClient fresh = new OAuthTokenClient(now, clock);
      if (client != null) {
        client.close();
      }
      client = fresh;
      clientSettings = now;
    }
    return client;
  }

  @Override
  public TokenSet refresh(TokenSet current) throws TokenRefreshException {
    OAuthTokenClient oauth;
    try {
      oauth = current();
    } catch (SignInException e) {
      throw new TokenRefreshException(e.getMessage(), true);
    }
    return oauth.refresh(current);
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
      client = null;
    }
  }
}
