package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RestoreRequestTest {
  private final ObjectMapper mapper = WebexJson.newMapper();

  @Test
  void byIdsWritesOnlyRestoreAllFalseAndIds() throws Exception {
    String json = mapper.writeValueAsString(RestoreRequest.byIds(List.of("a", "b")));
    assertThat(json).isEqualTo("{\"restoreAll\":false,\"recordingIds\":[\"a\",\"b\"]}");
  }

  @Test
  void allForOwnerWritesOwnerAndNoIds() throws Exception {
    String json =
        mapper.writeValueAsString(
            RestoreRequest.allForOwner(EmailAddress.parse(" Ann@Example.COM ")));
    assertThat(json).isEqualTo("{\"restoreAll\":true,\"ownerEmail\":\"ann@example.com\"}");
  }

  @Test
  void allMineWritesOnlyRestoreAll() throws Exception {
    assertThat(mapper.writeValueAsString(RestoreRequest.allMine()))
        .isEqualTo("{\"restoreAll\":true}");
  }

  @Test
  void refusesEmptyIds() {
    assertThatThrownBy(() -> RestoreRequest.byIds(List.of()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("No recording ids");
  }

  @Test
  void refusesMoreThanHundredIds() {
    List<String> ids = IntStream.range(0, 101).mapToObj(i -> "id" + i).toList();
    assertThatThrownBy(() -> RestoreRequest.byIds(ids))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("at most 100")
        .hasMessageContaining("101");
    assertThat(RestoreRequest.byIds(ids.subList(0, 100)).recordingIds()).hasSize(100);
  }

  @Test
  void refusesDuplicatesAndBlanks() {
    assertThatThrownBy(() -> RestoreRequest.byIds(List.of("a", "b", "a")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Duplicate")
        .hasMessageContaining("a");
    assertThatThrownBy(() -> RestoreRequest.byIds(List.of("a", " ")))
        .isInstanceOf(InvalidRequestException.class);
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> RestoreRequest.byIds(withNull))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void refusesRestoreAllWithIds() {
    assertThatThrownBy(() -> new RestoreRequest(true, null, List.of("a")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("restoreAll cannot be combined");
  }

  @Test
  void refusesOwnerWithoutRestoreAll() {
    assertThatThrownBy(() -> new RestoreRequest(false, "a@b.com", List.of("a")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("only allowed when restoring all");
  }

  @Test
  void refusesMalformedOwnerEmail() {
    assertThatThrownBy(() -> new RestoreRequest(true, "not-an-email", List.of()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("not a valid e-mail");
  }
}
