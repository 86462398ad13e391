package io.recordingrescue.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The window's strings ({@code messages.properties} beside this class). */
public final class Messages {
  private final ResourceBundle bundle;
  private final Locale locale;

  public Messages(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /** The bundle of the default locale. */
  public static Messages load(Locale locale) {
    return new Messages(ResourceBundle.getBundle("io.recordingrescue.ui.messages", locale), locale);
  }

  public ResourceBundle bundle() {
    return bundle;
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
