package io.recordingrescue.ui;

import java.util.Locale;

/** Light, dark, or whatever the OS is set to (AtlantaFX Primer Light or Primer Dark). */
public enum ThemeChoice {
  SYSTEM,
  LIGHT,
  DARK;

  /** The key of its name in the bundle. */
  public String messageKey() {
    return "settings.theme." + name().toLowerCase(Locale.ROOT);
  }

  /** The stored name back; {@link #SYSTEM} for anything unknown. */
  public static ThemeChoice parse(String stored) {
    for (ThemeChoice c : values()) {
      if (c.name().equals(stored)) {
        return c;
      }
    }
    return SYSTEM;
  }
}
