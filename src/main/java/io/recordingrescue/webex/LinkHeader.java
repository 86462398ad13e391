package io.recordingrescue.webex;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** RFC 8288 {@code Link} header: finds {@code rel="next"} and repairs Webex's lossy next links. */
final class LinkHeader {
  private static final Pattern LINK =
      Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern REL_NEXT =
      Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?", Pattern.CASE_INSENSITIVE);

  private LinkHeader() {}

  static Optional<String> next(List<String> headers) {
    for (String header : headers) {
      Matcher link = LINK.matcher(header);
      while (link.find()) {
        Matcher rel = REL_NEXT.matcher(link.group(2));
        while (rel.find()) {
          for (String r : rel.group(1).trim().split("\\s+")) {
            if (r.equalsIgnoreCase("next")) {
              return Optional.of(link.group(1).trim());
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Resolves {@code link} against the request and puts back every query parameter of the original
   * request that the link dropped (Webex has been seen to lose {@code from}, {@code to}, {@code
   * status}, {@code ownerEmail}), so page two lists the same thing as page one.
   */
  static HttpUrl repair(HttpUrl requested, String link) {
    HttpUrl next = requested.resolve(link);
    if (next == null) {
      throw new MalformedResponseException(
          "Webex sent a next-page link that is not a URL.", null, null);
    }
    HttpUrl.Builder fixed = next.newBuilder();
    for (String name : requested.queryParameterNames()) {
      if (next.queryParameter(name) == null) {
        for (String value : requested.queryParameterValues(name)) {
          fixed.addQueryParameter(name, value);
        }
      }
    }
    return fixed.build();
  }
}
