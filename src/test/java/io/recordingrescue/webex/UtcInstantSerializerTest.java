package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.recordingrescue.sandbox.api.SandboxJson;
import io.recordingrescue.testsupport.SampleRecordings;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Times written from their digits read exactly as the JavaTimeModule wrote them before. */
class UtcInstantSerializerTest {
  private static final int[] NANO_STEPS = {1_000_000_000, 1_000_000, 1_000, 1};

  private final ObjectMapper mapper = WebexJson.newMapper();
  private final ObjectMapper before =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Test
  void anyTimeFromYear0000To9999IsWrittenAsInstantToStringWritesIt() throws Exception {
    Random random = new Random(7);
    long from = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < 40_000; i++) {
      long second = from + (long) (random.nextDouble() * (to - from + 1));
      int step = NANO_STEPS[random.nextInt(NANO_STEPS.length)];
      int nano = step == 1_000_000_000 ? 0 : random.nextInt(1_000_000_000 / step) * step;
      Instant at = Instant.ofEpochSecond(second, nano);

      assertThat(mapper.writeValueAsString(at)).as("%s", at).isEqualTo('"' + at.toString() + '"');
    }
  }

  @Test
  void edgesOfTheCalendarAndTheFastPathAreWrittenAsBefore() throws Exception {
    List<Instant> edges =
        List.of(
            Instant.parse("0000-01-01T00:00:00Z"),
            Instant.parse("0000-02-29T12:00:00Z"),
            Instant.parse("1969-12-31T23:59:59.5Z"),
            Instant.EPOCH,
            Instant.parse("2000-02-29T23:59:59.999999999Z"),
            Instant.parse("2100-03-01T00:00:00.000001Z"),
            Instant.parse("2026-01-27T17:43:24Z"),
            Instant.parse("9999-12-31T23:59:59.999999999Z"),
            Instant.parse("-0001-12-31T23:59:59Z"),
            Instant.parse("+10000-01-01T00:00:00Z"),
            Instant.MIN,
            Instant.MAX);
    for (Instant at : edges) {
      assertThat(mapper.writeValueAsString(at))
          .as("%s", at)
          .isEqualTo(before.writeValueAsString(at));
      assertThat(mapper.readValue(mapper.writeValueAsString(at), Instant.class)).isEqualTo(at);
    }
  }

  @Test
  void theSandboxWritesTheSameRecordingsAsBefore() throws Exception {
    ObjectMapper sandbox = SandboxJson.newMapper();
    Recording recording = SampleRecordings.everyValue("r-1", "Weekly sync", "deleted", "call-1");

    assertThat(sandbox.writeValueAsString(recording))
        .isEqualTo(before.writeValueAsString(recording));
  }
}
