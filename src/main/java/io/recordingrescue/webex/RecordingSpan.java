package io.recordingrescue.webex;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * How many recordings, how large together, and the oldest and newest creation time among them (null
 * when none has one): what a preview says of a bin before restoring it.
 */
public record RecordingSpan(int count, long totalBytes, Instant oldest, Instant newest) {
  public static RecordingSpan of(Collection<Recording> recordings) {
    return new RecordingSpan(
        recordings.size(),
        recordings.stream().mapToLong(Recording::sizeBytes).sum(),
        recordings.stream()
            .map(Recording::createTime)
            .filter(Objects::nonNull)
            .min(Comparator.naturalOrder())
            .orElse(null),
        recordings.stream()
            .map(Recording::createTime)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null));
  }
}
