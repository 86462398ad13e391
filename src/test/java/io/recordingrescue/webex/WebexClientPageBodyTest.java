package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list page is read straight from the body into recordings: every way a body can be wrong gets a
 * clear message, and whatever Webex adds around the items is skipped.
 */
class WebexClientPageBodyTest {
  private final AtomicReference<String> body = new AtomicReference<>();
  private HttpServer server;
  private WebexClient client;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v1/",
        exchange -> {
          byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    client =
        WebexClient.builder(base, AccessTokenSource.fixed("token"))
            .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
            .build();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private RecordingPage page() {
    Instant now = Instant.parse("2026-11-29T12:00:00Z");
    return client.listPage(ListScope.org(), ListQuery.deleted(now.minus(Duration.ofDays(7)), now));
  }

  @Test
  void itemsAreReadAndEverythingAroundThemIsSkipped() {
    body.set(
        """
        {"before": {"deep": [1, {"x": "items"}]},
         "items": [
           {"id": "a", "topic": "Weekly", "sizeBytes": 5, "newField": {"n": [1, 2]}},
           {"id": "b", "serviceData": {"locationId": "L1"}}
         ],
         "after": [[], {}]}
        """);
    RecordingPage page = page();
    assertThat(page.items()).extracting(Recording::id).containsExactly("a", "b");
    assertThat(page.items().get(0).topic()).isEqualTo("Weekly");
    assertThat(page.items().get(0).sizeBytes()).isEqualTo(5);
    assertThat(page.items().get(1).serviceData().locationId()).isEqualTo("L1");
    assertThat(page.next()).isEmpty();
  }

  @Test
  void anEmptyItemsListIsAnEmptyPage() {
    body.set("{\"items\": []}");
    assertThat(page().items()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[]                                          | not a JSON object",
        "\"text\"                                    | not a JSON object",
        "{}                                          | without an \"items\" list",
        "{\"items\": 3}                              | without an \"items\" list",
        "{\"items\": {\"id\": \"a\"}}                | without an \"items\" list",
        "{\"items\": [{\"topic\": \"no id\"}]}       | without an id",
        "{\"items\": [{\"id\": \" \"}]}              | without an id",
        "{\"items\": [{\"id\": \"a\", \"sizeBytes\": \"lots\"}]} | recording we cannot read",
        "{\"items\": [{\"id\": \"a\", \"createTime\": \"yesterday\"}]} | recording we cannot read",
        "{\"items\": [{\"id\": \"a\"}                | not valid JSON",
        "{\"items\": [{\"id\": \"a\",]}              | not valid JSON",
        "not json                                    | not valid JSON",
        "''                                          | not a JSON object"
      })
  void aBadBodyIsAClearErrorNotACrash(String badBody, String message) {
    body.set(badBody);
    assertThatThrownBy(this::page)
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining(message);
  }
}
