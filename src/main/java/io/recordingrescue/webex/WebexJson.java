package io.recordingrescue.webex;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;

/** The one Jackson configuration for Webex's JSON: tolerant of new fields, ISO-8601 times. */
public final class WebexJson {
  private WebexJson() {}

  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(times())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /**
   * Webex's times read and written from their digits; registered after the JavaTimeModule, so that
   * it wins for {@link Instant} (and falls back to it for other forms).
   */
  public static Module times() {
    return new SimpleModule("WebexTimes")
        .addDeserializer(Instant.class, new UtcInstantDeserializer())
        .addSerializer(Instant.class, new UtcInstantSerializer());
  }
}
