package io.recordingrescue.ui.settings;

import io.recordingrescue.ui.LanguageChoice;
import io.recordingrescue.ui.ThemeChoice;
import io.recordingrescue.ui.UiPreferences;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Language and theme in the Settings dialog. Saving remembers both; the theme changes at once, the
 * language the next time the app starts (the open windows keep theirs, and running jobs with them).
 */
public final class AppearanceViewModel {
  private final UiPreferences prefs;
  private final Consumer<ThemeChoice> applyTheme;
  private final ThemeChoice savedTheme;
  private final ObjectProperty<LanguageChoice> language = new SimpleObjectProperty<>();
  private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>();
  private final BooleanBinding restartNeeded;

  /**
   * @param languageInEffect the language this run started with
   * @param applyTheme switches the open windows to a theme
   */
  public AppearanceViewModel(
      UiPreferences prefs, LanguageChoice languageInEffect, Consumer<ThemeChoice> applyTheme) {
    this.prefs = Objects.requireNonNull(prefs);
    this.applyTheme = Objects.requireNonNull(applyTheme);
    this.savedTheme = prefs.theme();
    language.set(prefs.language());
    theme.set(savedTheme);
    restartNeeded = language.isNotEqualTo(Objects.requireNonNull(languageInEffect));
  }

  public ObjectProperty<LanguageChoice> languageProperty() {
    return language;
  }

  public ObjectProperty<ThemeChoice> themeProperty() {
    return theme;
  }

  /** True when the chosen language is not the one the window speaks now: it needs a restart. */
  public BooleanBinding restartNeededProperty() {
    return restartNeeded;
  }

  /** Remembers both choices and applies the theme if it changed. */
  public void save() {
    LanguageChoice l = language.get() == null ? LanguageChoice.SYSTEM : language.get();
    ThemeChoice t = theme.get() == null ? ThemeChoice.SYSTEM : theme.get();
    prefs.save(l, t);
    if (t != savedTheme) {
      applyTheme.accept(t);
    }
  }
}
