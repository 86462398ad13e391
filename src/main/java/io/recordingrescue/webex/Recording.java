package io.recordingrescue.webex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One converged recording as Webex lists it. Enumerated fields ({@code format}, {@code
 * serviceType}, {@code status}, {@code ownerType}) are kept as strings so that a value Webex adds
 * tomorrow shows as text instead of breaking the table; {@link RecordingValues} names the known
 * ones.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recording(
    String id,
    String topic,
    Instant createTime,
    Instant timeRecorded,
    String format,
    String serviceType,
    long durationSeconds,
    long sizeBytes,
    String status,
    String ownerId,
    String ownerEmail,
    String ownerType,
    String storageRegion,
    ServiceData serviceData) {

  /** The same recording with another status, as a restore leaves it. */
  public Recording withStatus(String newStatus) {
    return new Recording(
        id,
        topic,
        createTime,
        timeRecorded,
        format,
        serviceType,
        durationSeconds,
        sizeBytes,
        newStatus,
        ownerId,
        ownerEmail,
        ownerType,
        storageRegion,
        serviceData);
  }

  /** Service-specific fields; both optional. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ServiceData(String locationId, String callSessionId) {}
}
