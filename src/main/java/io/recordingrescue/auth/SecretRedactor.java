package io.recordingrescue.auth;

import java.util.regex.Pattern;

/**
 * Second line of defence for text that leaves the auth package (log lines built from foreign
 * exception messages): masks bearer values, OAuth form fields and JSON members that carry tokens,
 * codes, verifiers or secrets. The first line is never to put such values into text at all.
 */
public final class SecretRedactor {

  static final String MASK = "[redacted]";

  private static final String SECRET_NAMES =
      "access_token|refresh_token|id_token|code|code_verifier|client_secret|token|password";

  private static final Pattern BEARER =
      Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]+");
  private static final Pattern FORM_OR_QUERY =
      Pattern.compile("(?i)\\b(" + SECRET_NAMES + ")=([^&\\s\"']+)");
  private static final Pattern JSON_MEMBER =
      Pattern.compile("(?i)\"(" + SECRET_NAMES + ")\"\\s*:\\s*\"[^\"]*\"");

  private SecretRedactor() {}

  /** The text with every recognizable secret value replaced by {@value #MASK}. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = BEARER.matcher(text).replaceAll("$1 " + MASK);
    out = FORM_OR_QUERY.matcher(out).replaceAll("$1=" + MASK);
    out = JSON_MEMBER.matcher(out).replaceAll("\"$1\":\"" + MASK + "\"");
    return out;
  }

  /** A short, safe description of a throwable for a log line: its type and redacted message. */
  public static String describe(Throwable t) {
    if (t == null) {
      return "";
    }
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null ? "" : ": " + redact(message));
  }
}
