package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Webex's times read from their digits give exactly what {@link Instant#parse} gives, and every
 * other form still goes through Jackson's own reading, errors included.
 */
class UtcInstantDeserializerTest {
  private static final DateTimeFormatter UP_TO_SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  record Stamped(Instant at) {}

  private final ObjectMapper mapper = WebexJson.newMapper();

  @Test
  void anyUtcTimeWithUpToNineFractionDigitsReadsAsInstantParseReadsIt() {
    Random random = new Random(12);
    long from = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2100-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < 20_000; i++) {
      Instant at = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
      StringBuilder text = new StringBuilder(UP_TO_SECONDS.format(at));
      int fractionDigits = random.nextInt(10);
      if (fractionDigits > 0) {
        text.append('.');
        for (int d = 0; d < fractionDigits; d++) {
          text.append((char) ('0' + random.nextInt(10)));
        }
      }
      String iso = text.append('Z').toString();
      assertThat(UtcInstantDeserializer.parseUtc(iso)).as(iso).isEqualTo(Instant.parse(iso));
    }
    for (String edge :
        new String[] {
          "2024-02-29T23:59:59.999999999Z", "2000-01-01T00:00:00Z", "1969-12-31T23:59:59.5Z"
        }) {
      assertThat(UtcInstantDeserializer.parseUtc(edge)).isEqualTo(Instant.parse(edge));
    }
  }

  @Test
  void everyOtherFormIsLeftToJackson() {
    for (String other :
        new String[] {
          "2026-03-01T12:00:00+01:00",
          "2026-03-01T12:00:00z",
          "2026-03-01 12:00:00Z",
          "2026-02-30T00:00:00Z",
          "2026-13-01T00:00:00Z",
          "2026-03-01T24:00:00Z",
          "2026-03-01T12:60:00Z",
          "2026-03-01T12:00:60Z",
          "+12026-03-01T12:00:00Z",
          "2026-03-01T12:00:00.Z",
          "2026-03-01T12:00:00.1234567890Z",
          "2026-03-01T12:00:00,5Z",
          "2026-3-01T12:00:00Z",
          "",
          "yesterday",
        }) {
      assertThat(UtcInstantDeserializer.parseUtc(other)).as(other).isNull();
    }
  }

  @Test
  void theMapperReadsWebexTimesOffsetsAndNumbersAndStillRefusesNonsense() throws Exception {
    assertThat(mapper.readValue("{\"at\":\"2026-03-01T12:00:00.5Z\"}", Stamped.class).at())
        .isEqualTo(Instant.parse("2026-03-01T12:00:00.500Z"));
    assertThat(mapper.readValue("{\"at\":\"2026-03-01T12:00:00+01:00\"}", Stamped.class).at())
        .isEqualTo(Instant.parse("2026-03-01T11:00:00Z"));
    assertThat(mapper.readValue("{\"at\":1700000000}", Stamped.class).at())
        .isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    assertThat(mapper.readValue("{\"at\":null}", Stamped.class).at()).isNull();
    assertThatThrownBy(() -> mapper.readValue("{\"at\":\"2026-02-30T00:00:00Z\"}", Stamped.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("2026-02-30T00:00:00Z");
  }
}
