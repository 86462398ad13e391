package io.recordingrescue.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.testsupport.MemoryPreferences;
import io.recordingrescue.ui.LanguageChoice;
import io.recordingrescue.ui.ThemeChoice;
import io.recordingrescue.ui.UiPreferences;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppearanceViewModelTest {
  private final UiPreferences prefs = new UiPreferences(new MemoryPreferences());
  private final List<ThemeChoice> applied = new ArrayList<>();

  @Test
  void startsFromWhatWasSaved() {
    prefs.save(LanguageChoice.FRENCH, ThemeChoice.LIGHT);
    AppearanceViewModel vm = new AppearanceViewModel(prefs, LanguageChoice.FRENCH, applied::add);
    assertThat(vm.languageProperty().get()).isEqualTo(LanguageChoice.FRENCH);
    assertThat(vm.themeProperty().get()).isEqualTo(ThemeChoice.LIGHT);
    assertThat(vm.restartNeededProperty().get()).isFalse();
  }

  @Test
  void anotherLanguageSaysItNeedsARestartAndIsRemembered() {
    AppearanceViewModel vm = new AppearanceViewModel(prefs, LanguageChoice.SYSTEM, applied::add);
    vm.languageProperty().set(LanguageChoice.GERMAN);
    assertThat(vm.restartNeededProperty().get()).isTrue();
    vm.save();
    assertThat(prefs.language()).isEqualTo(LanguageChoice.GERMAN);
    assertThat(applied).as("the theme did not change").isEmpty();
    vm.languageProperty().set(LanguageChoice.SYSTEM);
    assertThat(vm.restartNeededProperty().get()).isFalse();
  }

  @Test
  void aNewThemeIsRememberedAndAppliedAtOnce() {
    AppearanceViewModel vm = new AppearanceViewModel(prefs, LanguageChoice.SYSTEM, applied::add);
    vm.themeProperty().set(ThemeChoice.DARK);
    assertThat(applied).as("nothing happens before Save").isEmpty();
    vm.save();
    assertThat(prefs.theme()).isEqualTo(ThemeChoice.DARK);
    assertThat(applied).containsExactly(ThemeChoice.DARK);
  }

  @Test
  void anEmptyChoiceIsSavedAsTheSystem() {
    prefs.save(LanguageChoice.JAPANESE, ThemeChoice.DARK);
    AppearanceViewModel vm = new AppearanceViewModel(prefs, LanguageChoice.JAPANESE, applied::add);
    vm.languageProperty().set(null);
    vm.themeProperty().set(null);
    vm.save();
    assertThat(prefs.language()).isEqualTo(LanguageChoice.SYSTEM);
    assertThat(prefs.theme()).isEqualTo(ThemeChoice.SYSTEM);
    assertThat(applied).containsExactly(ThemeChoice.SYSTEM);
  }
}
