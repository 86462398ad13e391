package io.recordingrescue.ui.settings;

import io.recordingrescue.auth.AuthSettings;

/** Where the Settings dialog puts what the operator saved. */
public interface SettingsSink {

  /** The settings in effect now (what the dialog starts from). */
  AuthSettings current();

  /**
   * Makes {@code settings} the ones in effect and keeps them (per-user file, or memory only in
   * sandbox mode). Disk work: small and quick, called when the operator presses Save.
   *
   * @throws RuntimeException with a plain message when they could not be kept
   */
  void save(AuthSettings settings);

  /** A line for the dialog: where saved settings go. */
  String whereSaved();
}
