package io.recordingrescue.auth;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** A running sign-in: its authorize URL, its result, and a way to cancel it. */
public final class SignInAttempt {

  private final URI authorizationUrl;
  private final LoopbackReceiver receiver;
  private final CompletableFuture<TokenSet> result;

  SignInAttempt(
      URI authorizationUrl, LoopbackReceiver receiver, CompletableFuture<TokenSet> tokens) {
    this.authorizationUrl = authorizationUrl;
    this.receiver = receiver;
    this.result = tokens;
  }

  /** The address the operator opens (shown by a UI or printed by {@code login --no-browser}). */
  public URI authorizationUrl() {
    return authorizationUrl;
  }

  /**
   * Completes with the tokens, or exceptionally with a {@link SignInException} (possibly wrapped in
   * a {@link CompletionException}; see {@link #unwrap(Throwable)}).
   */
  public CompletableFuture<TokenSet> result() {
    return result;
  }

  /** Stops waiting for the browser and shuts the loopback receiver down. */
  public void cancel() {
    receiver.cancel();
    result.completeExceptionally(
        new SignInException(SignInException.Reason.CANCELLED, "Sign-in was cancelled."));
  }

  /** Blocks until the sign-in ends. */
  public TokenSet await() {
    try {
      return result.get();
    } catch (ExecutionException e) {
      throw unwrap(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
      throw new SignInException(SignInException.Reason.CANCELLED, "Sign-in was cancelled.");
    }
  }

  /** The {@link SignInException} behind a failed result, or a plain one for anything else. */
  public static SignInException unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof SignInException s) {
      return s;
    }
    if (t instanceof java.util.concurrent.CancellationException) {
      return new SignInException(SignInException.Reason.CANCELLED, "Sign-in was cancelled.");
    }
    return new SignInException(
        SignInException.Reason.TOKEN_REQUEST_FAILED,
        "Sign-in failed unexpectedly (" + t.getClass().getSimpleName() + "). Try again.");
  }
}
