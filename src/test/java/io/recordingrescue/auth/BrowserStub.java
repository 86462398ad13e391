package io.recordingrescue.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Plays the operator's browser: loads the authorize URL, presses Accept or Deny on a consent page
 * if there is one, and follows the redirect to the loopback receiver. Can tamper with the redirect
 * to test the receiver's checks. Records the codes it saw and the receiver's page.
 */
final class BrowserStub implements BrowserOpener {

  private static final Pattern CONSENT = Pattern.compile("name=\"consent\" value=\"([^\"]+)\"");

  private final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();
  private final String decision;
  private final UnaryOperator<HttpUrl> tamper;
  private UnaryOperator<HttpUrl> beforeAuthorize = UnaryOperator.identity();
  final List<String> codesSeen = new CopyOnWriteArrayList<>();
  volatile int callbackStatus;
  volatile String callbackPage = "";

  BrowserStub(String decision, UnaryOperator<HttpUrl> tamper) {
    this.decision = decision;
    this.tamper = tamper;
  }

  static BrowserStub accepting() {
    return new BrowserStub("accept", UnaryOperator.identity());
  }

  static BrowserStub denying() {
    return new BrowserStub("deny", UnaryOperator.identity());
  }

  /** Changes the authorize URL before loading it (e.g. for a server that insists on OIDC). */
  BrowserStub rewritingAuthorizeUrl(UnaryOperator<HttpUrl> rewrite) {
    this.beforeAuthorize = rewrite;
    return this;
  }

  @Override
  public void open(URI authorizationUrl) {
    try {
      HttpUrl url = beforeAuthorize.apply(HttpUrl.get(authorizationUrl.toString()));
      Response response = http.newCall(new Request.Builder().url(url).build()).execute();
      String location;
      try (response) {
        if (response.code() == 200) {
          Matcher m = CONSENT.matcher(response.body().string());
          if (!m.find()) {
            throw new IllegalStateException("No consent form on the authorize page");
          }
          FormBody form =
              new FormBody.Builder().add("consent", m.group(1)).add("decision", decision).build();
          try (Response decided =
              http.newCall(new Request.Builder().url(url).post(form).build()).execute()) {
            location = decided.header("Location");
          }
        } else {
          location = response.header("Location");
        }
      }
      if (location == null) {
        throw new IllegalStateException("The authorize step did not redirect");
      }
      HttpUrl callback = tamper.apply(url.resolve(location));
      if (callback.queryParameter("code") != null) {
        codesSeen.add(callback.queryParameter("code"));
      }
      try (Response page = http.newCall(new Request.Builder().url(callback).build()).execute()) {
        callbackStatus = page.code();
        callbackPage = page.body().string();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
