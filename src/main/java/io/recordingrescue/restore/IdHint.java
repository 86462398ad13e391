package io.recordingrescue.restore;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a recording should be in the recycle bin, as whoever gave its id last saw it: its creation
 * time and (optionally) its owner. Only a hint: it narrows the listings that verify a job, and an
 * id not found where its hint points is looked for in the whole bin, never settled by the hint.
 */
public record IdHint(Instant createTime, String ownerEmail) {
  public IdHint {
    Objects.requireNonNull(createTime, "createTime");
    ownerEmail = ownerEmail == null || ownerEmail.isBlank() ? null : ownerEmail.strip();
  }
}
