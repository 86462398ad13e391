package io.recordingrescue.app;

import io.recordingrescue.auth.AuthSettings;
import io.recordingrescue.auth.AuthSettingsStore;
import io.recordingrescue.ui.settings.SettingsSink;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The sign-in settings in effect. Saved to the per-user file through {@link AuthSettingsStore}, or
 * kept in memory only (sandbox mode, so the sandbox's URLs never reach the operator's file). The
 * store refuses to overwrite a settings file it could not read; the message then says which.
 */
final class SettingsHolder implements SettingsSink {
  private final AtomicReference<AuthSettings> current;
  private final AuthSettingsStore store;
  private final String whereSaved;
  private final UnaryOperator<AuthSettings> toFile;

  /**
   * @param store null keeps saved settings in memory only
   */
  SettingsHolder(AuthSettings initial, AuthSettingsStore store, String whereSaved) {
    this(initial, store, whereSaved, UnaryOperator.identity());
  }

  /**
   * @param toFile what of the saved settings goes to the file (an API base URL that only {@code
   *     WEBEX_API_BASE} gave stays out of it)
   */
  SettingsHolder(
      AuthSettings initial,
      AuthSettingsStore store,
      String whereSaved,
      UnaryOperator<AuthSettings> toFile) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial));
    this.store = store;
    this.whereSaved = whereSaved;
    this.toFile = toFile;
  }

  @Override
  public AuthSettings current() {
    return current.get();
  }

  @Override
  public void save(AuthSettings settings) {
    if (store != null) {
      store.save(toFile.apply(settings));
    }
    current.set(settings);
  }

  @Override
  public String whereSaved() {
    return whereSaved;
  }
}
