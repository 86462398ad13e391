package io.recordingrescue.sandbox.api;

import java.time.Instant;

/**
 * One request the sandbox answered (or dropped).
 *
 * @param target path plus query string as sent, e.g. {@code /v1/convergedRecordings?max=5}
 * @param status HTTP status sent, or {@code 0} when the connection was dropped without an answer
 */
public record RequestRecord(Instant at, String method, String target, int status) {}
