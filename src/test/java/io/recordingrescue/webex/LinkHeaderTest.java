package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

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

  @Test
  void repairPutsBackDroppedQueryParameters() {
    HttpUrl next =
        LinkHeader.repair(
            REQUESTED, "https://webexapis.com/v1/admin/convergedRecordings?cursor=xyz");
    assertThat(next.queryParameter("cursor")).isEqualTo("xyz");
    assertThat(next.queryParameter("status")).isEqualTo("deleted");
    assertThat(next.queryParameter("from")).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(next.queryParameter("to")).isEqualTo("2026-01-31T00:00:00Z");
    assertThat(next.queryParameter("ownerEmail")).isEqualTo("a@b.com");
    assertThat(next.queryParameter("max")).isEqualTo("100");
  }

  @Test
  void repairKeepsParametersTheLinkCarries() {
    HttpUrl next =
        LinkHeader.repair(
            REQUESTED, "/v1/admin/convergedRecordings?cursor=2&max=50&status=deleted");
    assertThat(next.queryParameterValues("max")).containsExactly("50");
    assertThat(next.queryParameterValues("status")).containsExactly("deleted");
    assertThat(next.host()).isEqualTo("webexapis.com");
  }

  @Test
  void garbageLinkIsAClearError() {
    assertThatThrownBy(() -> LinkHeader.repair(REQUESTED, "http://[bad"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("next-page link");
  }
}
