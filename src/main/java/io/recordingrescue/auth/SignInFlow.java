package io.recordingrescue.auth;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Runs one interactive sign-in: a PKCE S256 authorization URL with a random state, the browser (or
 * a printed URL), the loopback callback, and the code exchange. Each {@link #start()} is a new,
 * independent attempt.
 */
public final class SignInFlow {

  private static final System.Logger LOG = System.getLogger(SignInFlow.class.getName());

  private final OAuthTokenClient client;
  private final BrowserOpener browser;
  private final Duration timeout;
  private final Executor executor;

  public SignInFlow(OAuthTokenClient client, BrowserOpener browser) {
    this(client, browser, LoopbackReceiver.DEFAULT_TIMEOUT, ForkJoinPool.commonPool());
  }

  /** {@code executor} runs the code exchange (one blocking HTTP call) after the callback. */
  public SignInFlow(
      OAuthTokenClient client, BrowserOpener browser, Duration timeout, Executor executor) {
    this.client = Objects.requireNonNull(client);
    this.browser = Objects.requireNonNull(browser);
    this.timeout = Objects.requireNonNull(timeout);
    this.executor = Objects.requireNonNull(executor);
  }

  /**
   * Starts listening on the redirect port, then opens the browser.
   *
   * @throws SignInException when the port is taken or the browser step fails
   */
  public SignInAttempt start() {
    AuthorizationRequest request = client.newAuthorizationRequest();
    LoopbackReceiver receiver =
        LoopbackReceiver.start(client.settings().redirectPort(), request.state(), timeout);
    SignInAttempt attempt =
        new SignInAttempt(
            request.authorizationUrl(),
            receiver,
            receiver
                .code()
                .thenApplyAsync(code -> client.exchange(code, request.codeVerifier()), executor));
    LOG.log(Level.INFO, "Sign-in started; waiting for the browser");
    try {
      browser.open(request.authorizationUrl());
    } catch (RuntimeException e) {
      attempt.cancel();
      throw new SignInException(
          SignInException.Reason.CANCELLED,
          "Could not show the sign-in page (" + e.getClass().getSimpleName() + ").");
    }
    return attempt;
  }
}
