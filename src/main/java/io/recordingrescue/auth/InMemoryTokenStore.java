package io.recordingrescue.auth;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Keeps tokens for this run only: a personal access token the operator did not ask to keep. */
public final class InMemoryTokenStore implements TokenStore {

  private final AtomicReference<TokenSet> tokens = new AtomicReference<>();

  @Override
  public Optional<TokenSet> load() {
    return Optional.ofNullable(tokens.get());
  }

  @Override
  public void save(TokenSet tokenSet) {
    tokens.set(tokenSet);
  }

  @Override
  public void clear() {
    tokens.set(null);
  }
}
