package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list page is read straight from the body into recordings: every way a body can be wrong gets a
 * clear message, and whatever Webex adds around the items is skipped.
 */
class WebexClientPageBodyTest {
  @AutoClose private final JsonBodyServer server = new JsonBodyServer();
  private final WebexClient client = server.client();

  private RecordingPage page() {
    Instant now = Instant.parse("2026-11-29T12:00:00Z");
    return client.listPage(ListScope.org(), ListQuery.deleted(now.minus(Duration.ofDays(7)), now));
  }

  @Test
  void itemsAreReadAndEverythingAroundThemIsSkipped() {
    server.answer(
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
    server.answer("{\"items\": []}");
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
    server.answer(badBody);
    assertThatThrownBy(this::page)
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining(message);
  }
}
