package io.recordingrescue.auth;

import java.util.Optional;

/** Where a sign-in's tokens survive between runs. */
public interface TokenStore {

  Optional<TokenSet> load();

  void save(TokenSet tokens);

  /** Removes the stored tokens (sign-out). */
  void clear();
}
