package io.recordingrescue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.testsupport.MemoryPreferences;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UiPreferencesTest {
  private final MemoryPreferences node = new MemoryPreferences();
  private final UiPreferences prefs = new UiPreferences(node);

  @Test
  void followsTheSystemUntilSomethingIsChosen() {
    assertThat(prefs.language()).isEqualTo(LanguageChoice.SYSTEM);
    assertThat(prefs.theme()).isEqualTo(ThemeChoice.SYSTEM);
  }

  @Test
  void remembersTheChoices() {
    prefs.save(LanguageChoice.JAPANESE, ThemeChoice.DARK);
    UiPreferences again = new UiPreferences(node);
    assertThat(again.language()).isEqualTo(LanguageChoice.JAPANESE);
    assertThat(again.theme()).isEqualTo(ThemeChoice.DARK);
  }

  @Test
  void aValueItDoesNotKnowMeansTheSystemAndIsKept() {
    node.put(UiPreferences.LANGUAGE, "klingon");
    node.put(UiPreferences.THEME, "");
    assertThat(prefs.language()).isEqualTo(LanguageChoice.SYSTEM);
    assertThat(prefs.theme()).isEqualTo(ThemeChoice.SYSTEM);
    assertThat(node.get(UiPreferences.LANGUAGE, null)).isEqualTo("klingon");
  }

  @Test
  void theSystemChoiceIsTheOsLocaleAndAChosenOneKeepsTheOsRegionWhenItMatches() {
    Locale austria = Locale.forLanguageTag("de-AT");
    assertThat(LanguageChoice.SYSTEM.resolve(austria)).isEqualTo(austria);
    assertThat(LanguageChoice.GERMAN.resolve(austria)).isEqualTo(austria);
    assertThat(LanguageChoice.JAPANESE.resolve(austria)).isEqualTo(Locale.JAPANESE);
    assertThat(LanguageChoice.ENGLISH.resolve(Locale.JAPAN)).isEqualTo(Locale.ENGLISH);
    assertThat(LanguageChoice.SPANISH.resolve(Locale.US).getLanguage()).isEqualTo("es");
  }

  @Test
  void everyLanguageAndThemeHasANameInEveryBundle() {
    for (Locale locale : Messages.LANGUAGES) {
      Messages m = Messages.load(locale);
      for (LanguageChoice c : LanguageChoice.values()) {
        assertThat(m.get(c.messageKey())).as("%s in %s", c, locale).doesNotStartWith("!");
      }
      for (ThemeChoice c : ThemeChoice.values()) {
        assertThat(m.get(c.messageKey())).as("%s in %s", c, locale).doesNotStartWith("!");
      }
    }
    assertThat(Messages.load(Locale.GERMAN).get(LanguageChoice.JAPANESE.messageKey()))
        .isEqualTo("日本語");
  }
}
