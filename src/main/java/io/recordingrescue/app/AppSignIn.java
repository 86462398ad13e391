package io.recordingrescue.app;

import io.recordingrescue.auth.AuthSettings;
import io.recordingrescue.auth.BrowserOpener;
import io.recordingrescue.auth.SignInAttempt;
import io.recordingrescue.auth.SignInFlow;
import io.recordingrescue.auth.SignInState;
import io.recordingrescue.auth.TokenManager;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.ui.signin.PendingSignIn;
import io.recordingrescue.ui.signin.SignInGateway;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.SignInRequiredException;
import io.recordingrescue.webex.WebexClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * The sign-in screen's ways in, on the app's objects: every way ends with the tokens in the one
 * {@link TokenManager}, then a {@link WebexSession} whose client uses that manager (so a later
 * refresh or re-sign-in reaches the same client and its running jobs).
 */
final class AppSignIn implements SignInGateway<Session> {
  private final Supplier<AuthSettings> settings;
  private final TokenManager tokens;
  private final OAuthClients oauth;
  private final OkHttpClient http;
  private final BrowserOpener browser;
  private final Clock clock;
  private final Duration browserTimeout;
  private final Optional<SandboxDemo<Session>> sandboxDemo;
  private final Optional<String> startupProblem;

  AppSignIn(
      Supplier<AuthSettings> settings,
      TokenManager tokens,
      OAuthClients oauth,
      OkHttpClient http,
      BrowserOpener browser,
      Clock clock,
      Duration browserTimeout,
      SandboxServer sandbox,
      String sandboxTokenHint,
      Optional<String> startupProblem) {
    this.settings = settings;
    this.tokens = tokens;
    this.oauth = oauth;
    this.http = http;
    this.browser = browser;
    this.clock = clock;
    this.browserTimeout = browserTimeout;
    this.startupProblem = startupProblem;
    this.sandboxDemo =
        sandbox == null
            ? Optional.empty()
            : Optional.of(
                new SandboxDemo<>() {
                  @Override
                  public String tokenHint() {
                    return sandboxTokenHint;
                  }

                  @Override
                  public Session continueAs(boolean admin) {
                    tokens.usePersonalAccessToken(
                        admin ? sandbox.adminToken() : sandbox.userToken(), false);
                    return openSession();
                  }
                });
  }

  @Override
  public boolean browserSignInConfigured() {
    return settings.get().hasIntegration();
  }

  @Override
  public IntegrationNeeds integrationNeeds() {
    AuthSettings now = settings.get();
    return new IntegrationNeeds(now.redirectUri(), now.scopeSet());
  }

  @Override
  public Optional<String> startupProblem() {
    return startupProblem;
  }

  @Override
  public Optional<Session> restoreSaved() {
    if (!tokens.restoreSavedSignIn()) {
      if (tokens.state() == SignInState.SIGN_IN_NEEDED) {
        throw SignInRequiredException.notSignedIn("The saved sign-in has expired.");
      }
      return Optional.empty();
    }
    return Optional.of(openSession());
  }

  @Override
  public PendingSignIn<Session> startBrowserSignIn() {
    SignInAttempt attempt =
        new SignInFlow(oauth.current(), browser, browserTimeout, ForkJoinPool.commonPool()).start();
    return new PendingSignIn<>() {
      @Override
      public Session await() {
        tokens.signedIn(attempt.await());
        return openSession();
      }

      @Override
      public void cancel() {
        attempt.cancel();
      }
    };
  }

  @Override
  public Session signInWithToken(String token, boolean keep) {
    String pasted = token.trim();
    // Checked on a client of its own first, so a bad token never replaces a good sign-in.
    WebexClient.builder(settings.get().apiBaseUrl(), AccessTokenSource.fixed(pasted))
        .httpClient(http)
        .build()
        .me();
    tokens.usePersonalAccessToken(pasted, keep);
    return openSession();
  }

  @Override
  public Optional<SandboxDemo<Session>> sandboxDemo() {
    return sandboxDemo;
  }

  private Session openSession() {
    WebexClient client =
        WebexClient.builder(settings.get().apiBaseUrl(), tokens).httpClient(http).build();
    return WebexSession.open(client, clock);
  }
}
