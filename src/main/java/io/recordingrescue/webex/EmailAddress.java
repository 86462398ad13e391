package io.recordingrescue.webex;

import java.util.Locale;
import java.util.regex.Pattern;

/** A syntactically plausible e-mail address, trimmed and lower-cased, as Webex matches owners. */
public record EmailAddress(String value) {
  // Deliberately simple: one @, no spaces, a dot in the domain. Webex does the real lookup.
  private static final Pattern SHAPE =
      Pattern.compile("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$", Pattern.UNICODE_CHARACTER_CLASS);

  public EmailAddress {
    if (value == null || !SHAPE.matcher(value).matches() || value.length() > 320) {
      throw new InvalidRequestException(
          "\""
              + abbreviate(value)
              + "\" is not a valid e-mail address (expected name@example.com).");
    }
  }

  /** Parses user input: trims, lower-cases, validates. */
  public static EmailAddress parse(String input) {
    return new EmailAddress(input == null ? null : input.trim().toLowerCase(Locale.ROOT));
  }

  public static boolean isValid(String input) {
    try {
      parse(input);
      return true;
    } catch (InvalidRequestException e) {
      return false;
    }
  }

  private static String abbreviate(String s) {
    if (s == null) {
      return "";
    }
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  @Override
  public String toString() {
    return value;
  }
}
