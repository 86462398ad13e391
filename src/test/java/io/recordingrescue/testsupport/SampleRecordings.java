package io.recordingrescue.testsupport;

import io.recordingrescue.webex.Recording;
import java.time.Instant;

/** Recordings with every value set, for tests of how they are written and read. */
public final class SampleRecordings {
  private SampleRecordings() {}

  /** A meeting recording of ana@example.com, its times with and without a fraction. */
  public static Recording everyValue(String id, String topic, String status, String callSessionId) {
    return new Recording(
        id,
        topic,
        Instant.parse("2026-03-01T12:00:00.250Z"),
        Instant.parse("2026-03-01T11:02:03Z"),
        "MP4",
        "MeetingCenter",
        3600,
        1_000_000,
        status,
        "owner-1",
        "ana@example.com",
        "user",
        "us",
        new Recording.ServiceData("loc-1", callSessionId));
  }
}
