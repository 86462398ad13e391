package io.recordingrescue.auth;

import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.SignInRequiredException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The app's token, kept fresh: refreshes proactively when the access token is about to expire, and
 * once for any number of concurrent 401s (single flight: whoever comes second finds a newer token
 * and uses it). Refreshed tokens are saved. When a refresh fails, the answer is "sign in again",
 * told to the {@link SignInStateListener}s. Also holds a personal access token, which cannot be
 * refreshed.
 */
public final class TokenManager implements AccessTokenSource {

  public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(5);

  /** After a proactive refresh failed for a network reason, wait this long before the next try. */
  static final Duration PROACTIVE_RETRY_PAUSE = Duration.ofSeconds(30);

  private static final System.Logger LOG = System.getLogger(TokenManager.class.getName());
  private static final String NOT_SIGNED_IN = "Not signed in to Webex. Sign in to continue.";

  private final TokenRefresher refresher;
  private final TokenStore store;
  private final Clock clock;
  private final Duration refreshMargin;
  private final ReentrantLock refreshLock = new ReentrantLock();
  private final List<SignInStateListener> listeners = new CopyOnWriteArrayList<>();

  private volatile TokenSet current;
  private volatile SignInState state = SignInState.SIGNED_OUT;
  private volatile Instant nextProactiveAttempt = Instant.MIN;

  public TokenManager(TokenRefresher refresher, TokenStore store, Clock clock) {
    this(refresher, store, clock, DEFAULT_REFRESH_MARGIN);
  }

  public TokenManager(
      TokenRefresher refresher, TokenStore store, Clock clock, Duration refreshMargin) {
    this.refresher = Objects.requireNonNull(refresher);
    this.store = Objects.requireNonNull(store);
    this.clock = Objects.requireNonNull(clock);
    this.refreshMargin = Objects.requireNonNull(refreshMargin);
  }

  public void addListener(SignInStateListener listener) {
    listeners.add(listener);
  }

  public void removeListener(SignInStateListener listener) {
    listeners.remove(listener);
  }

  public SignInState state() {
    return state;
  }

  /** The tokens in use, e.g. to show expiry; empty when not signed in. */
  public Optional<TokenSet> tokens() {
    return Optional.ofNullable(current);
  }

  /**
   * Picks up the sign-in saved by an earlier run, if it is still usable.
   *
   * @return true when signed in afterwards
   */
  public boolean restoreSavedSignIn() {
    Optional<TokenSet> saved = store.load();
    if (saved.isEmpty()) {
      return false;
    }
    TokenSet tokens = saved.get();
    if (tokens.accessExpired(clock) && !tokens.canRefresh(clock)) {
      LOG.log(Level.INFO, "The saved sign-in has expired");
      clearStoreQuietly();
      change(SignInState.SIGN_IN_NEEDED, "Your saved Webex sign-in has expired. Sign in again.");
      return false;
    }
    current = tokens;
    change(SignInState.SIGNED_IN, "Signed in to Webex.");
    return true;
  }

  /** Uses and saves the tokens of a finished interactive sign-in. */
  public void signedIn(TokenSet tokens) {
    Objects.requireNonNull(tokens);
    refreshLock.lock();
    try {
      current = tokens;
      nextProactiveAttempt = Instant.MIN;
      saveQuietly(tokens);
    } finally {
      refreshLock.unlock();
    }
    change(SignInState.SIGNED_IN, "Signed in to Webex.");
  }

  /**
   * Uses a pasted personal access token (the caller has checked it with {@code GET /people/me}).
   * Kept for this run only unless {@code keep}; a previously saved sign-in is removed either way.
   */
  public void usePersonalAccessToken(String token, boolean keep) {
    TokenSet tokens = TokenSet.personal(token);
    refreshLock.lock();
    try {
      current = tokens;
      if (keep) {
        saveQuietly(tokens);
      } else {
        clearStoreQuietly();
      }
    } finally {
      refreshLock.unlock();
    }
    change(SignInState.SIGNED_IN, "Signed in to Webex with a personal access token.");
  }

  /** Forgets the tokens here and in the store. */
  public void signOut() {
    refreshLock.lock();
    try {
      current = null;
      clearStoreQuietly();
    } finally {
      refreshLock.unlock();
    }
    change(SignInState.SIGNED_OUT, "Signed out of Webex.");
  }

  /**
   * The token to send now, refreshed first when it expires within the margin.
   *
   * @throws SignInRequiredException when there is no usable token
   */
  @Override
  public String currentToken() {
    TokenSet tokens = current;
    if (tokens == null) {
      throw SignInRequiredException.notSignedIn(NOT_SIGNED_IN);
    }
    if (tokens.refreshToken() != null
        && tokens.accessExpiresWithin(refreshMargin, clock)
        && (tokens.accessExpired(clock) || !clock.instant().isBefore(nextProactiveAttempt))) {
      return refreshBeforeExpiry(tokens);
    }
    if (tokens.accessExpired(clock) && tokens.refreshToken() == null) {
      return expiredWithoutRefresh();
    }
    return tokens.accessToken();
  }

  @Override
  public Optional<String> refreshAfterRejection(String rejectedToken) {
    Runnable notification = () -> {};
    Optional<String> answer;
    refreshLock.lock();
    try {
      TokenSet tokens = current;
      if (tokens == null) {
        return Optional.empty();
      }
      if (!tokens.accessToken().equals(rejectedToken)) {
        // Someone else refreshed while this request was in flight: retry with the newer token.
        return Optional.of(tokens.accessToken());
      }
      if (!tokens.canRefresh(clock)) {
        current = null;
        LOG.log(Level.INFO, "Webex rejected a token that cannot be refreshed");
        notification =
            notifier(
                tokens.refreshToken() == null && tokens.refreshExpiresAt() == null
                    ? "Webex no longer accepts this access token. Sign in again."
                    : "Your Webex sign-in has expired. Sign in again.");
        clearStoreQuietly();
        answer = Optional.empty();
      } else {
        try {
          TokenSet fresh = refresher.refresh(tokens);
          current = fresh;
          saveQuietly(fresh);
          answer = Optional.of(fresh.accessToken());
        } catch (TokenRefreshException e) {
          current = null;
          if (e.rejected()) {
            clearStoreQuietly();
          }
          notification = notifier(e.getMessage());
          answer = Optional.empty();
        }
      }
    } finally {
      refreshLock.unlock();
    }
    notification.run();
    return answer;
  }

  private String refreshBeforeExpiry(TokenSet seen) {
    Runnable notification = () -> {};
    String answer;
    refreshLock.lock();
    try {
      TokenSet tokens = current;
      if (tokens == null) {
        throw SignInRequiredException.notSignedIn(NOT_SIGNED_IN);
      }
      if (!tokens.accessToken().equals(seen.accessToken())
          || !tokens.accessExpiresWithin(refreshMargin, clock)) {
        return tokens.accessToken();
      }
      boolean expired = tokens.accessExpired(clock);
      try {
        if (!tokens.canRefresh(clock)) {
          throw new TokenRefreshException("Your Webex sign-in has expired. Sign in again.", true);
        }
        TokenSet fresh = refresher.refresh(tokens);
        current = fresh;
        saveQuietly(fresh);
        answer = fresh.accessToken();
      } catch (TokenRefreshException e) {
        if (expired) {
          current = null;
          if (e.rejected()) {
            clearStoreQuietly();
          }
          notification = notifier(e.getMessage());
          answer = null;
        } else {
          // The access token still works for a while: keep using it.
          nextProactiveAttempt = clock.instant().plus(PROACTIVE_RETRY_PAUSE);
          if (e.rejected()) {
            // No point asking again: the next 401 goes straight to "sign in again".
            current =
                new TokenSet(tokens.accessToken(), null, tokens.accessExpiresAt(), Instant.MIN);
            clearStoreQuietly();
          }
          LOG.log(Level.INFO, "Early refresh failed; the current token is still valid");
          answer = tokens.accessToken();
        }
      }
    } finally {
      refreshLock.unlock();
    }
    notification.run();
    if (answer == null) {
      throw SignInRequiredException.notSignedIn("Your Webex sign-in has expired. Sign in again.");
    }
    return answer;
  }

  private String expiredWithoutRefresh() {
    refreshLock.lock();
    try {
      current = null;
    } finally {
      refreshLock.unlock();
    }
    change(SignInState.SIGN_IN_NEEDED, "Your Webex sign-in has expired. Sign in again.");
    throw SignInRequiredException.notSignedIn("Your Webex sign-in has expired. Sign in again.");
  }

  private Runnable notifier(String message) {
    return () -> change(SignInState.SIGN_IN_NEEDED, message);
  }

  private void change(SignInState newState, String message) {
    state = newState;
    LOG.log(Level.INFO, "Sign-in state: {0}", newState);
    for (SignInStateListener listener : listeners) {
      try {
        listener.signInStateChanged(newState, message);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A sign-in listener failed: {0}", SecretRedactor.describe(e));
      }
    }
  }

  private void saveQuietly(TokenSet tokens) {
    try {
      store.save(tokens);
    } catch (UncheckedIOException e) {
      // Keep working with the token in memory; the next run asks to sign in again.
      LOG.log(Level.WARNING, "Could not save the sign-in: {0}", SecretRedactor.describe(e));
    }
  }

  private void clearStoreQuietly() {
    try {
      store.clear();
    } catch (UncheckedIOException e) {
      LOG.log(Level.WARNING, "Could not remove the saved sign-in: {0}", SecretRedactor.describe(e));
    }
  }
}
