package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each OS's answer, from a fake command runner (no process is started). */
class SystemThemeTest {
  private final Map<List<String>, String> answers = new HashMap<>();
  private final List<List<String>> asked = new ArrayList<>();
  private final SystemTheme.CommandRunner fake =
      command -> {
        asked.add(command);
        return Optional.ofNullable(answers.get(command));
      };

  private boolean dark(String os) {
    return new SystemTheme(os, fake).isDark();
  }

  @Test
  void windowsReadsAppsUseLightTheme() {
    String key = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes";
    answers.put(SystemTheme.WINDOWS, key + "\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n");
    assertThat(dark("Windows 11")).isTrue();
    answers.put(SystemTheme.WINDOWS, key + "\r\n    AppsUseLightTheme    REG_DWORD    0x1\r\n\r\n");
    assertThat(dark("Windows 11")).isFalse();
    answers.remove(SystemTheme.WINDOWS); // no such value (older Windows): light
    assertThat(dark("Windows 10")).isFalse();
    assertThat(asked).containsOnly(SystemTheme.WINDOWS);
  }

  @Test
  void macOsIsDarkOnlyWhenAppleInterfaceStyleSaysDark() {
    answers.put(SystemTheme.MACOS, "Dark\n");
    assertThat(dark("Mac OS X")).isTrue();
    answers.remove(SystemTheme.MACOS); // the key is missing in light mode: the command fails
    assertThat(dark("Mac OS X")).isFalse();
  }

  @Test
  void gnomeReadsTheColorSchemeThenTheGtkThemeName() {
    answers.put(SystemTheme.GNOME_SCHEME, "'prefer-dark'\n");
    assertThat(dark("Linux")).isTrue();
    assertThat(asked).containsExactly(SystemTheme.GNOME_SCHEME);

    answers.put(SystemTheme.GNOME_SCHEME, "'prefer-light'\n");
    answers.put(SystemTheme.GNOME_GTK_THEME, "'Adwaita-dark'\n");
    assertThat(dark("Linux")).as("an explicit light scheme wins").isFalse();

    answers.put(SystemTheme.GNOME_SCHEME, "'default'\n");
    assertThat(dark("Linux")).isTrue();
    answers.put(SystemTheme.GNOME_GTK_THEME, "'Adwaita'\n");
    assertThat(dark("Linux")).isFalse();
  }

  @Test
  void noToolMeansLight() {
    assertThat(dark("Linux")).isFalse();
    assertThat(dark("FreeBSD")).isFalse();
    assertThat(dark("")).isFalse();
  }

  @Test
  void theRealRunnerGivesNothingForAToolThatDoesNotExist() {
    SystemTheme.CommandRunner real = SystemTheme.forThisOs().runner();
    assertThat(real.run(List.of("recording-rescue-no-such-tool-" + System.nanoTime()))).isEmpty();
  }
}
