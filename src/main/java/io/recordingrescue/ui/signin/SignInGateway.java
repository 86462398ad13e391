package io.recordingrescue.ui.signin;

import io.recordingrescue.auth.AuthSettings;
import io.recordingrescue.auth.ScopeSet;
import java.util.Optional;

/**
 * What the sign-in screen asks of the app. Every method but {@link #browserSignInConfigured()},
 * {@link #sandboxDemo()} and {@link #startupProblem()} does network or disk work: the view model
 * calls them off the FX thread. {@code S} is what a finished sign-in yields (the app's session);
 * the screen only hands it on.
 */
public interface SignInGateway<S> {

  /** True when a client id and secret are set, so the browser sign-in can start. */
  boolean browserSignInConfigured();

  /**
   * What a Webex integration for this app is registered with (for the hint that says how to set one
   * up): the redirect URI and the scopes of the settings in effect.
   */
  default IntegrationNeeds integrationNeeds() {
    AuthSettings defaults = AuthSettings.webexDefaults();
    return new IntegrationNeeds(defaults.redirectUri(), ScopeSet.USER);
  }

  /** A problem found while starting (e.g. an unreadable settings file), shown on the screen. */
  default Optional<String> startupProblem() {
    return Optional.empty();
  }

  /**
   * Picks up a sign-in saved by an earlier run.
   *
   * @return empty when there is none
   * @throws io.recordingrescue.webex.SignInRequiredException when it has expired
   */
  Optional<S> restoreSaved();

  /**
   * Starts listening for the browser's answer, then opens the browser.
   *
   * @throws io.recordingrescue.auth.SignInException e.g. when the redirect port is taken
   */
  PendingSignIn<S> startBrowserSignIn();

  /**
   * Checks a pasted personal access token with {@code GET /people/me}, then uses it; kept on this
   * computer only when {@code keep}.
   *
   * @throws io.recordingrescue.webex.SignInRequiredException when Webex does not accept it
   */
  S signInWithToken(String token, boolean keep);

  /** Present in sandbox mode only: the quick demo identities. */
  default Optional<SandboxDemo<S>> sandboxDemo() {
    return Optional.empty();
  }

  /** The redirect URI and scopes a Webex integration needs for this app. */
  record IntegrationNeeds(String redirectUri, ScopeSet scopes) {}

  /** The embedded sandbox's shortcuts (no browser, no token to paste). */
  interface SandboxDemo<S> {
    /** Words for the token field's hint, e.g. the sandbox's tokens. */
    String tokenHint();

    /** Signs in as the sandbox's administrator or ordinary user. Off the FX thread. */
    S continueAs(boolean admin);
  }
}
