package io.recordingrescue.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordingrescue.sandbox.api.SandboxJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP client for sandbox tests: JDK client for normal calls, a raw socket for drops. */
public final class TestHttp {

  public static final ObjectMapper MAPPER = SandboxJson.newMapper();

  private final SandboxServer server;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public TestHttp(SandboxServer server) {
    this.server = server;
  }

  /** {@code pathAndQuery} relative to the base URL, e.g. {@code /convergedRecordings?max=5}. */
  public URI uri(String pathAndQuery) {
    return URI.create(server.baseUrl() + pathAndQuery);
  }

  public HttpResponse<String> get(String pathAndQuery, String token) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), token);
  }

  public HttpResponse<String> getAbsolute(String url, String token) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET(), token);
  }

  public HttpResponse<String> post(
      String pathAndQuery, String token, String contentType, String body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri(pathAndQuery))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder, token);
  }

  public HttpResponse<String> restore(String token, String json) {
    return post("/convergedRecordings/restore", token, "application/json", json);
  }

  public HttpResponse<String> send(HttpRequest.Builder builder, String token) {
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    builder.timeout(Duration.ofSeconds(20));
    try {
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON in {@code text}, or null when it is not JSON. */
  public static JsonNode parseOrNull(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Sends one request over a fresh socket and returns every byte the server sent before closing
   * (empty when it dropped the connection). No retries, unlike real clients.
   */
  public String raw(
      String method, String pathAndQuery, String token, String contentType, String body) {
    byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder();
    head.append(method)
        .append(' ')
        .append(server.baseUrl().getPath())
        .append(pathAndQuery)
        .append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1:").append(server.port()).append("\r\n");
    head.append("Connection: close\r\n");
    if (token != null) {
      head.append("Authorization: Bearer ").append(token).append("\r\n");
    }
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    head.append("Content-Length: ").append(payload.length).append("\r\n\r\n");
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
      out.write(payload);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      try {
        in.transferTo(received);
      } catch (IOException reset) {
        // a reset after a drop is as good as an orderly close
      }
      return received.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

  public static String enc(Object value) {
    return URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
  }

  /** The URL of a listing's next page, from its {@code Link} header. */
  public static Optional<String> nextLink(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Link")
        .map(NEXT::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1));
  }
}
