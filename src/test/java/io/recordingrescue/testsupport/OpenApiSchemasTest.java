package io.recordingrescue.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class OpenApiSchemasTest {

  private final ObjectMapper mapper = new ObjectMapper();
  private final OpenApiSchemas schemas = OpenApiSchemas.load();

  private ObjectNode validRecording() throws Exception {
    return (ObjectNode)
        mapper.readTree(
            """
            {"id":"a","topic":"t","createTime":"2026-01-27T17:43:24Z",
             "timeRecorded":"2026-01-27T17:40:20Z","format":"MP3","serviceType":"calling",
             "durationSeconds":23,"sizeBytes":74222,"status":"deleted","ownerId":"o",
             "ownerEmail":"a@b.c","ownerType":"user","storageRegion":"US",
             "serviceData":{"locationId":"l","callSessionId":"c"},"futureField":1}
            """);
  }

  @Test
  void acceptsAValidRecordingWithUnknownFields() throws Exception {
    assertThat(schemas.validate("RecordingObject", validRecording())).isEmpty();
  }

  @Test
  void reportsMissingRequiredFieldsWrongTypesAndUnknownEnums() throws Exception {
    ObjectNode missing = validRecording();
    missing.remove("ownerEmail");
    assertThat(schemas.validate("RecordingObject", missing))
        .anySatisfy(m -> assertThat(m).contains("ownerEmail"));

    ObjectNode wrongEnum = validRecording().put("format", "WAV");
    assertThat(schemas.validate("RecordingObject", wrongEnum))
        .anySatisfy(m -> assertThat(m).contains("format"));

    ObjectNode wrongType = validRecording().put("sizeBytes", "big");
    assertThat(schemas.validate("RecordingObject", wrongType)).isNotEmpty();

    ObjectNode badServiceData = validRecording();
    badServiceData.putObject("serviceData").put("locationId", 5);
    assertThat(schemas.validate("RecordingObject", badServiceData)).isNotEmpty();
  }

  @Test
  void validatesRestoreBodies() throws Exception {
    assertThat(
            schemas.validate(
                "BulkRestoreRecordingObject",
                mapper.readTree("{\"restoreAll\":false,\"recordingIds\":[\"x\"]}")))
        .isEmpty();
    assertThat(
            schemas.validate(
                "BulkRestoreRecordingObject", mapper.readTree("{\"restoreAll\":\"yes\"}")))
        .isNotEmpty();
    assertThat(
            schemas.validate(
                "BulkRestoreRecordingObject", mapper.readTree("{\"recordingIds\":[1]}")))
        .isNotEmpty();
  }

  @Test
  void unknownSchemaNameIsAClearError() {
    assertThatThrownBy(() -> schemas.validate("Nope", mapper.createObjectNode()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Nope")
        .hasMessageContaining("RecordingObject");
  }

  @Test
  void missingExtractNamesTheResourceTried() {
    assertThatThrownBy(() -> OpenApiSchemas.load("/no/such/openapi.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/no/such/openapi.json");
  }
}
