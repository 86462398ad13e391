package io.recordingrescue.restore;

import java.util.Optional;

/**
 * Final outcome of one id. {@code httpStatus} 0, {@code message} and {@code trackingId} null unless
 * the state is {@link FinalState#FAILED} (or Webex said something worth keeping). {@code topic} and
 * {@code ownerEmail} are what the bin listed for the id, null when the job never saw it listed.
 */
public record IdOutcome(
    String id,
    FinalState state,
    int httpStatus,
    String message,
    String trackingId,
    String topic,
    String ownerEmail) {

  /** Without topic and owner (kept for callers written before they were added). */
  public IdOutcome(String id, FinalState state, int httpStatus, String message, String trackingId) {
    this(id, state, httpStatus, message, trackingId, null, null);
  }

  public static IdOutcome of(String id, FinalState state) {
    return new IdOutcome(id, state, 0, null, null);
  }

  public static IdOutcome failed(String id, int httpStatus, String message, String trackingId) {
    return new IdOutcome(id, FinalState.FAILED, httpStatus, message, trackingId);
  }

  /** The same outcome with the topic and owner the bin listed. */
  public IdOutcome describedBy(String newTopic, String newOwnerEmail) {
    return new IdOutcome(id, state, httpStatus, message, trackingId, newTopic, newOwnerEmail);
  }

  public Optional<String> trackingIdOpt() {
    return Optional.ofNullable(trackingId);
  }
}
