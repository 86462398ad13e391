package io.recordingrescue.sandbox.api;

import io.recordingrescue.sandbox.SandboxServer;
import java.time.Instant;
import java.util.List;

/**
 * One call of {@code POST /convergedRecordings/restore} that reached the restore rules.
 *
 * @param role "user" or "admin"
 * @param status the status the server decided on; {@code 204} also when a fault then dropped the
 *     connection or skipped the restore (see {@link SandboxServer#injectedFaults()})
 */
public record RestoreCall(
    Instant at,
    String role,
    boolean restoreAll,
    String ownerEmail,
    List<String> recordingIds,
    int status) {

  public RestoreCall {
    recordingIds = recordingIds == null ? List.of() : List.copyOf(recordingIds);
  }
}
