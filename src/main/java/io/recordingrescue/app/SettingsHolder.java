package io.recordingrescue.app;

import io.recordingrescue.auth.AuthSettings;
import io.recordingrescue.auth.AuthSettingsStore;
import io.recordingrescue.ui.settings.SettingsSink;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sign-in settings in effect. Saved to the per-user file through {@link AuthSettingsStore}, or
 * kept in memory only (sandbox mode, so the sandbox's URLs never reach the operator's file).
 */
final class SettingsHolder implements SettingsSink {
  private final AtomicReference<AuthSettings> current;
  private final AuthSettingsStore store;
  private final String whereSaved;

  /**
   * @param store null keeps saved settings in memory only
   */
  SettingsHolder(AuthSettings initial, AuthSettingsStore store, String whereSaved) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial));
    this.store = store;
    this.whereSaved = whereSaved;
  }

  @Override
  public AuthSettings current() {
    return current.get();
  }

  @Override
  public void save(AuthSettings settings) {
    if (store != null) {
      store.save(settings);
    }
    current.set(settings);
  }

  @Override
  public String whereSaved() {
    return whereSaved;
  }
}
