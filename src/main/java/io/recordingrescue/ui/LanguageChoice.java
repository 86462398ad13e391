package io.recordingrescue.ui;

import java.util.Locale;

/** The window's language: the OS locale's, or one the operator picked in Settings. */
public enum LanguageChoice {
  SYSTEM(null),
  ENGLISH(Locale.ENGLISH),
  GERMAN(Locale.GERMAN),
  FRENCH(Locale.FRENCH),
  SPANISH(Locale.forLanguageTag("es")),
  JAPANESE(Locale.JAPANESE);

  private final Locale language;

  LanguageChoice(Locale language) {
    this.language = language;
  }

  /**
   * The locale the window speaks and formats in. The OS locale for {@link #SYSTEM}, and also when
   * it already speaks the chosen language, so that Austrian German keeps Austria's formats.
   */
  public Locale resolve(Locale system) {
    if (language == null || language.getLanguage().equals(system.getLanguage())) {
      return system;
    }
    return language;
  }

  /** The key of its name in the bundle (each language is named in its own words). */
  public String messageKey() {
    return "settings.language." + name().toLowerCase(Locale.ROOT);
  }

  /** The stored name back; {@link #SYSTEM} for anything unknown, so a bad value loses nothing. */
  public static LanguageChoice parse(String stored) {
    for (LanguageChoice c : values()) {
      if (c.name().equals(stored)) {
        return c;
      }
    }
    return SYSTEM;
  }
}
