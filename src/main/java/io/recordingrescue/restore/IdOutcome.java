package io.recordingrescue.restore;

import java.util.Optional;

/**
 * Final outcome of one id. {@code httpStatus} 0, {@code message} and {@code trackingId} null unless
 * the state is {@link FinalState#FAILED} (or Webex said something worth keeping).
 */
public record IdOutcome(
    String id, FinalState state, int httpStatus, String message, String trackingId) {

  public static IdOutcome of(String id, FinalState state) {
    return new IdOutcome(id, state, 0, null, null);
  }

  public Optional<String> trackingIdOpt() {
    return Optional.ofNullable(trackingId);
  }
}
