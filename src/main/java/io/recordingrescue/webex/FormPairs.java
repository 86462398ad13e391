package io.recordingrescue.webex;

import java.util.HashMap;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Decodes {@code application/x-www-form-urlencoded} pairs (a query string or a form body) with
 * OkHttp's own query parser, for the sign-in redirect and the sandbox's OAuth forms.
 */
public final class FormPairs {
  private FormPairs() {}

  /**
   * The pairs by name; the first of a repeated name wins, a name without "=" maps to "", and a pair
   * without a name is dropped.
   */
  public static Map<String, String> decode(String encoded) {
    HttpUrl url =
        new HttpUrl.Builder().scheme("http").host("localhost").encodedQuery(encoded).build();
    Map<String, String> out = new HashMap<>();
    for (String name : url.queryParameterNames()) {
      if (name.isEmpty()) {
        continue; // "" or "&&" has no name to give a value
      }
      String value = url.queryParameter(name);
      out.put(name, value == null ? "" : value);
    }
    return out;
  }
}
