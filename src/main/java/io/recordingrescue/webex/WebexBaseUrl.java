package io.recordingrescue.webex;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import okhttp3.HttpUrl;

/** Validates an API base URL: https always, plain http only for a loopback host (the sandbox). */
public final class WebexBaseUrl {
  public static final URI WEBEX = URI.create("https://webexapis.com/v1");

  private WebexBaseUrl() {}

  /** Returns the URL without a trailing slash, or throws {@link InvalidRequestException}. */
  public static HttpUrl parse(String text) {
    HttpUrl url = text == null ? null : HttpUrl.parse(text.strip());
    if (url == null) {
      throw new InvalidRequestException("\"" + text + "\" is not an http(s) URL.");
    }
    if (!url.isHttps() && !isLoopback(url.host())) {
      throw new InvalidRequestException(
          "The API URL "
              + url.scheme()
              + "://"
              + url.host()
              + " must use https; plain http is only allowed for 127.0.0.1 or localhost.");
    }
    String s = url.toString();
    return HttpUrl.get(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
  }

  /**
   * True for localhost and literal loopback addresses (IPv6 with or without brackets); never
   * resolves a name over the network.
   */
  public static boolean isLoopback(String host) {
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if ("localhost".equalsIgnoreCase(host)) {
      return true;
    }
    if (!host.matches("[0-9.]+") && !host.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  public static HttpUrl parse(URI uri) {
    return parse(uri.toString());
  }
}
