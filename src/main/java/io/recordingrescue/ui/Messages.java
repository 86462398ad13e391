package io.recordingrescue.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's strings: {@code messages.properties} beside this class (English, the root bundle)
 * and its translations {@code messages_de}, {@code _fr}, {@code _es}, {@code _ja}, read as UTF-8.
 */
public final class Messages {
  static final String BASE_NAME = "io.recordingrescue.ui.messages";

  /** The languages the window speaks, English first. */
  public static final List<Locale> LANGUAGES =
      List.of(
          Locale.ENGLISH,
          Locale.GERMAN,
          Locale.FRENCH,
          Locale.forLanguageTag("es"),
          Locale.JAPANESE);

  /*
   * Without this, asking for English (the root bundle) on a German system would fall back to the
   * default locale and answer in German; an unsupported locale gets English, not the OS language.
   * FORMAT_DEFAULT also finds bundles written as classes: the tests' pseudo-locale is one.
   */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

  private final ResourceBundle bundle;
  private final Locale locale;

  public Messages(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /**
   * The bundle for {@code locale}; English for a language without a translation. {@code locale}
   * also formats the numbers and dates put into the strings.
   */
  public static Messages load(Locale locale) {
    return new Messages(ResourceBundle.getBundle(BASE_NAME, locale, NO_FALLBACK), locale);
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  /** The locale that formats numbers and dates (the operator's, not only the bundle's language). */
  public Locale locale() {
    return locale;
  }

  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return "!" + key + "!";
    }
  }

  /** {@link MessageFormat} over the string of {@code key}. */
  public String format(String key, Object... args) {
    return new MessageFormat(get(key), locale).format(args);
  }
}
