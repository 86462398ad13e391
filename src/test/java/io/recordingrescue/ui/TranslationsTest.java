package io.recordingrescue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every translation has exactly the English keys, the same arguments and the same number of
 * mnemonics, and each string is a pattern {@link MessageFormat} accepts.
 */
class TranslationsTest {
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  static Stream<String> translations() {
    return Stream.of("de", "fr", "es", "ja");
  }

  @ParameterizedTest
  @MethodSource("translations")
  void hasExactlyTheEnglishKeys(String language) throws IOException {
    Properties english = read("messages.properties");
    Properties translated = read("messages_" + language + ".properties");
    assertThat(translated.stringPropertyNames())
        .as("keys of messages_%s", language)
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
  }

  @ParameterizedTest
  @MethodSource("translations")
  void keepsEveryArgumentAndMnemonic(String language) throws IOException {
    Properties english = read("messages.properties");
    Properties translated = read("messages_" + language + ".properties");
    List<String> problems = new ArrayList<>();
    for (String key : new TreeSet<>(english.stringPropertyNames())) {
      String en = english.getProperty(key);
      String tr = translated.getProperty(key);
      if (tr == null) {
        continue; // reported by hasExactlyTheEnglishKeys
      }
      if (!arguments(en).equals(arguments(tr))) {
        problems.add(key + ": arguments " + arguments(en) + " became " + arguments(tr));
      }
      if (mnemonics(en) != mnemonics(tr)) {
        problems.add(key + ": " + mnemonics(en) + " mnemonic(s) became " + mnemonics(tr));
      }
      if (tr.isBlank()) {
        problems.add(key + ": empty");
      }
    }
    assertThat(problems).as("messages_%s", language).isEmpty();
  }

  /**
   * An ASCII apostrophe starts a quoted section in a {@link MessageFormat} pattern and would eat
   * the rest of the string: translations write ’ instead.
   */
  @ParameterizedTest
  @MethodSource("translations")
  void everyStringFormatsWithoutLosingText(String language) throws IOException {
    Properties translated = read("messages_" + language + ".properties");
    Locale locale = Locale.forLanguageTag(language);
    Object[] args = {3, 2, 1, 4, 5, 6};
    for (String key : translated.stringPropertyNames()) {
      String value = translated.getProperty(key);
      assertThat(value).as("%s in messages_%s", key, language).doesNotContain("'");
      assertThatCode(() -> new MessageFormat(value, locale).format(args))
          .as("%s in messages_%s", key, language)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void loadsEachLanguageAsUtf8() {
    assertThat(Messages.load(Locale.JAPANESE).get("menu.file")).isEqualTo("ファイル(_F)");
    assertThat(Messages.load(Locale.GERMAN).get("col.size")).isEqualTo("Größe");
    assertThat(Messages.load(Locale.FRENCH).get("menu.edit")).isEqualTo("_Édition");
    assertThat(Messages.load(Locale.forLanguageTag("es-MX")).get("col.duration"))
        .isEqualTo("Duración");
    assertThat(Messages.load(Locale.forLanguageTag("de-AT")).locale())
        .isEqualTo(Locale.forLanguageTag("de-AT"));
  }

  /** English is the root bundle: it must win over the OS language when asked for. */
  @Test
  void englishAndUnknownLanguagesAreEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      assertThat(Messages.load(Locale.ENGLISH).get("col.size")).isEqualTo("Size");
      assertThat(Messages.load(Locale.ITALIAN).get("col.size")).isEqualTo("Size");
      assertThat(Messages.load(Locale.ROOT).get("col.size")).isEqualTo("Size");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void everyOfferedLanguageHasABundle() {
    for (Locale language : Messages.LANGUAGES) {
      assertThat(Messages.load(language).bundle().getLocale().getLanguage())
          .as("bundle for %s", language)
          .isEqualTo(language == Locale.ENGLISH ? "" : language.getLanguage());
    }
  }

  private static Set<String> arguments(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** Underscores that mark a mnemonic (none of the strings has a literal underscore). */
  private static long mnemonics(String text) {
    return text.chars().filter(c -> c == '_').count();
  }

  private static Properties read(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
