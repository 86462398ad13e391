package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LinkHeaderTest {
  private static final HttpUrl REQUESTED =
      HttpUrl.get(
          "https://webexapis.com/v1/admin/convergedRecordings?max=100&status=deleted"
              + "&from=2026-01-01T00:00:00Z&to=2026-01-31T00:00:00Z&ownerEmail=a%40b.com");

  @Test
  void findsNextAmongSeveralRelations() {
    String header =
        "<https://webexapis.com/v1/x?cursor=1>; rel=\"prev\", "
            + "<https://webexapis.com/v1/x?cursor=3>; rel=\"next\"";
    assertThat(LinkHeader.next(List.of(header))).contains("https://webexapis.com/v1/x?cursor=3");
  }

  @Test
  void acceptsUnquotedRelAndSeveralHeaders() {
    assertThat(LinkHeader.next(List.of("<a?p=1>; rel=first", "<a?p=2>; rel=next")))
        .contains("a?p=2");
  }

  @Test
  void noNextMeansLastPage() {
    assertThat(LinkHeader.next(List.of("<a?p=1>; rel=\"first\""))).isEmpty();
    assertThat(LinkHeader.next(List.of())).isEmpty();
  }

  /** A next link as Webex sent it, and every query parameter the next request then carries. */
  static Stream<Arguments> nextLinks() {
    Map<String, List<String>> requested =
        Map.of(
            "max", List.of("100"),
            "status", List.of("deleted"),
            "from", List.of("2026-01-01T00:00:00Z"),
            "to", List.of("2026-01-31T00:00:00Z"),
            "ownerEmail", List.of("a@b.com"));
    Map<String, List<String>> dropped = new HashMap<>(requested);
    dropped.put("cursor", List.of("xyz"));
    Map<String, List<String>> ownKept = new HashMap<>(requested);
    ownKept.put("cursor", List.of("2"));
    ownKept.put("max", List.of("50"));
    return Stream.of(
        arguments("https://webexapis.com/v1/admin/convergedRecordings?cursor=xyz", dropped),
        arguments("/v1/admin/convergedRecordings?cursor=2&max=50&status=deleted", ownKept));
  }

  /** Dropped query parameters are put back; those the link carries are kept, not doubled. */
  @ParameterizedTest
  @MethodSource("nextLinks")
  void repairPutsBackDroppedQueryParametersAndKeepsTheLinksOwn(
      String link, Map<String, List<String>> expected) {
    HttpUrl next = LinkHeader.repair(REQUESTED, link);

    assertThat(next.host()).isEqualTo("webexapis.com");
    assertThat(next.queryParameterNames()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach(
        (name, values) ->
            assertThat(next.queryParameterValues(name)).as(name).containsExactlyElementsOf(values));
  }

  @Test
  void garbageLinkIsAClearError() {
    assertThatThrownBy(() -> LinkHeader.repair(REQUESTED, "http://[bad"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("next-page link");
  }
}
