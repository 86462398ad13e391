package io.recordingrescue.ui;

import java.util.Objects;
import java.util.prefs.Preferences;

/**
 * The operator's language and theme, per user in {@link Preferences} beside the window layout
 * ({@link WindowPrefs}): they are preferences of this person on this computer, not Webex settings.
 */
public final class UiPreferences {
  static final String LANGUAGE = "ui.language";
  static final String THEME = "ui.theme";

  private final Preferences node;

  public UiPreferences(Preferences node) {
    this.node = Objects.requireNonNull(node);
  }

  public LanguageChoice language() {
    return LanguageChoice.parse(node.get(LANGUAGE, LanguageChoice.SYSTEM.name()));
  }

  public ThemeChoice theme() {
    return ThemeChoice.parse(node.get(THEME, ThemeChoice.SYSTEM.name()));
  }

  public void save(LanguageChoice language, ThemeChoice theme) {
    node.put(LANGUAGE, language.name());
    node.put(THEME, theme.name());
  }
}
