package io.recordingrescue.auth;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A token store that is only picked when the tokens are first touched. Picking the preferred store
 * probes the OS keychain (JNA, DBus, on Linux a helper process), which costs more than the whole
 * sign-in screen; the window shows first and the probe runs with the saved-sign-in check, off the
 * FX thread. Picked once; every later call goes to the same store.
 */
public final class FirstUseTokenStore implements TokenStore {
  private final Supplier<TokenStore> picker;
  private TokenStore picked;

  public FirstUseTokenStore(Supplier<TokenStore> picker) {
    this.picker = Objects.requireNonNull(picker);
  }

  /** The store in use, picking it now if nothing has touched the tokens yet. */
  public synchronized TokenStore store() {
    if (picked == null) {
      picked = Objects.requireNonNull(picker.get(), "the picker gave no token store");
    }
    return picked;
  }

  /** True once the store has been picked (for tests and the start-up trace). */
  public synchronized boolean picked() {
    return picked != null;
  }

  @Override
  public Optional<TokenSet> load() {
    return store().load();
  }

  @Override
  public void save(TokenSet tokens) {
    store().save(tokens);
  }

  @Override
  public void clear() {
    store().clear();
  }
}
