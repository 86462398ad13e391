package io.recordingrescue.app;

import io.recordingrescue.auth.BrowserOpener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Plays the system browser for the sign-in screen: loads the sandbox's consent page, presses Accept
 * or Deny, and follows the redirect to the app's loopback receiver.
 */
final class ConsentBrowser implements BrowserOpener {
  private static final Pattern CONSENT = Pattern.compile("name=\"consent\" value=\"([^\"]+)\"");

  private final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();
  volatile String decision = "accept";
  volatile int opened;
  volatile String callbackPage = "";

  @Override
  public void open(URI authorizationUrl) {
    opened++;
    HttpUrl url = HttpUrl.get(authorizationUrl.toString());
    try {
      String consentId;
      try (Response page = http.newCall(new Request.Builder().url(url).build()).execute()) {
        Matcher match = CONSENT.matcher(page.body().string());
        if (page.code() != 200 || !match.find()) {
          throw new IllegalStateException("No consent page at the authorize URL: " + page.code());
        }
        consentId = match.group(1);
      }
      FormBody form =
          new FormBody.Builder().add("consent", consentId).add("decision", decision).build();
      String location;
      try (Response decided =
          http.newCall(new Request.Builder().url(url).post(form).build()).execute()) {
        location = decided.header("Location");
      }
      if (location == null) {
        throw new IllegalStateException("The consent page did not redirect");
      }
      try (Response callback =
          http.newCall(new Request.Builder().url(url.resolve(location)).build()).execute()) {
        callbackPage = callback.body().string();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
