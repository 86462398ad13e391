package io.recordingrescue.cli;

import io.recordingrescue.auth.AuthSettings;
import io.recordingrescue.auth.AuthSettingsStore;
import io.recordingrescue.auth.BrowserOpener;
import io.recordingrescue.auth.OAuthTokenClient;
import io.recordingrescue.auth.SignInException;
import io.recordingrescue.auth.SignInFlow;
import io.recordingrescue.auth.TokenManager;
import io.recordingrescue.auth.TokenRefreshException;
import io.recordingrescue.auth.TokenRefresher;
import io.recordingrescue.auth.TokenSet;
import io.recordingrescue.auth.TokenStore;
import io.recordingrescue.auth.TokenStores;
import io.recordingrescue.settings.AppFolders;
import io.recordingrescue.settings.EffectiveSettings;
import io.recordingrescue.webex.AccessTokenSource;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Optional;

/** {@link SignIn} over the auth package: the window's stored sign-in, refreshed when due. */
final class AuthSignIn implements SignIn {
  private final AuthSettingsStore settings;
  private final TokenStore store;
  private final Clock clock;

  AuthSignIn(AuthSettingsStore settings, TokenStore store, Clock clock) {
    this.settings = settings;
    this.store = store;
    this.clock = clock;
  }

  /**
   * Settings and tokens where the window keeps them ({@link AppFolders}); tokens as {@link
   * TokenStores} decides.
   */
  static SignIn of(CliEnvironment env) {
    AppFolders folders = env.folders();
    return new AuthSignIn(
        EffectiveSettings.store(folders),
        TokenStores.preferred(folders.dataDir().value(), folders.usualDataDir()),
        env.clock());
  }

  @Override
  public Optional<AccessTokenSource> stored() {
    if (store.load().isEmpty()) {
      return Optional.empty();
    }
    AuthSettings loaded = settings.load();
    // A saved personal access token works without an integration; only refreshing needs one.
    TokenRefresher refresher =
        loaded.hasIntegration()
            ? new OAuthTokenClient(loaded, clock)
            : current -> {
              throw new TokenRefreshException(
                  "Sign-in is not configured, so the saved token cannot be refreshed.", true);
            };
    TokenManager tokens = new TokenManager(refresher, store, clock);
    return tokens.restoreSavedSignIn() ? Optional.of(tokens) : Optional.empty();
  }

  @Override
  public void login(boolean openBrowser, PrintStream out) {
    AuthSettings loaded = settings.load();
    if (!loaded.hasIntegration()) {
      throw CliException.badInput(
          "Sign-in is not configured: set "
              + AuthSettingsStore.CLIENT_ID
              + " and "
              + AuthSettingsStore.CLIENT_SECRET
              + " in "
              + settings.userFile()
              + " (or ask IT), or set WEBEX_TOKEN to an access token.");
    }
    try (OAuthTokenClient client = new OAuthTokenClient(loaded, clock)) {
      BrowserOpener browser =
          openBrowser ? BrowserOpener.system(out) : BrowserOpener.printingTo(out);
      if (!openBrowser) {
        out.println(
            "The sign-in page redirects to "
                + loaded.redirectUri()
                + " on this machine; over ssh, forward that port (ssh -L).");
      }
      TokenSet tokens = new SignInFlow(client, browser).start().await();
      new TokenManager(client, store, clock).signedIn(tokens);
    } catch (SignInException e) {
      throw CliException.signIn(e.getMessage());
    }
  }

  @Override
  public boolean logout() {
    boolean had = store.load().isPresent();
    store.clear();
    return had;
  }
}
