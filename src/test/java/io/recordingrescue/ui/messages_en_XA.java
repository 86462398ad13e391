package io.recordingrescue.ui;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The pseudo-locale {@code en-XA} (the tag Android and others use for it): every English string
 * marked {@code [!!…!!]} and about a third longer, so a screen shows at a glance which text did not
 * come from the bundle and where longer translations would be cut off. {@link Messages#load} finds
 * it like any translation; it exists only on the test class path.
 */
public final class messages_en_XA extends ResourceBundle {
  /** Locale of the pseudo bundle. */
  public static final Locale LOCALE = Locale.forLanguageTag("en-XA");

  public static final String START = "[!!";
  public static final String END = "!!]";

  private final ResourceBundle english =
      ResourceBundle.getBundle(
          Messages.BASE_NAME,
          Locale.ROOT,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  @Override
  protected Object handleGetObject(String key) {
    return english.containsKey(key) ? mark(english.getString(key)) : null;
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(english.keySet());
  }

  /** "Size" becomes "[!!Size·!!]"; "Restore all for a user…" gets eight dots. */
  public static String mark(String text) {
    int pad = Math.max(1, (int) Math.round(text.length() * 0.35));
    return START + text + "·".repeat(pad) + END;
  }
}
