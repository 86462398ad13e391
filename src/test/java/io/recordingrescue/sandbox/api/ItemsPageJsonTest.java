package io.recordingrescue.sandbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordingrescue.testsupport.SampleRecordings;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RecordingValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A page put together from kept recordings' JSON is the page Jackson writes, byte for byte. */
class ItemsPageJsonTest {
  private final ObjectMapper mapper = SandboxJson.newMapper();
  private final ItemsPageJson pages = new ItemsPageJson(mapper);

  private static Recording recording(String id, String topic, String status) {
    return SampleRecordings.everyValue(id, topic, status, null);
  }

  private byte[] asJacksonWritesIt(List<Recording> items) throws Exception {
    return mapper.writeValueAsBytes(Map.of("items", items));
  }

  @Test
  void pagesOfNoneOneAndManyAreWhatJacksonWrites() throws Exception {
    Recording a = recording("a", "Weekly sync", RecordingValues.STATUS_DELETED);
    Recording b = recording("b", "Встреча \"quoted\" \\ 東京 😀", RecordingValues.STATUS_DELETED);
    Recording c = recording("c", null, RecordingValues.STATUS_DELETED);

    for (List<Recording> items : List.of(List.<Recording>of(), List.of(a), List.of(a, b, c))) {
      assertThat(pages.page(items)).isEqualTo(asJacksonWritesIt(items));
    }
    // Again, from what was kept.
    assertThat(pages.page(List.of(c, b, a))).isEqualTo(asJacksonWritesIt(List.of(c, b, a)));
  }

  @Test
  void aRecordingThatChangedIsWrittenAnew() throws Exception {
    Recording deleted = recording("a", "Weekly sync", RecordingValues.STATUS_DELETED);
    pages.page(List.of(deleted));
    Recording restored = deleted.withStatus(RecordingValues.STATUS_AVAILABLE);

    assertThat(new String(pages.page(List.of(restored)), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"status\":\"" + RecordingValues.STATUS_AVAILABLE + "\"");
    assertThat(pages.page(List.of(restored))).isEqualTo(asJacksonWritesIt(List.of(restored)));
  }
}
