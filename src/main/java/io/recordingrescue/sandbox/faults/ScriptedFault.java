package io.recordingrescue.sandbox.faults;

import io.recordingrescue.sandbox.SandboxServer;

/**
 * A fault to inject exactly once, on the next matching request (see {@link
 * SandboxServer#scriptNext(String, ScriptedFault)}).
 *
 * @param retryAfterSeconds for {@link FaultKind#TOO_MANY_REQUESTS}; ignored otherwise
 */
public record ScriptedFault(FaultKind kind, int retryAfterSeconds) {

  public ScriptedFault {
    if (kind == null) {
      throw new IllegalArgumentException("kind is required");
    }
    if (kind == FaultKind.RATE_LIMITED) {
      throw new IllegalArgumentException("use TOO_MANY_REQUESTS to script a 429");
    }
    if (retryAfterSeconds < 0) {
      throw new IllegalArgumentException("retryAfterSeconds must not be negative");
    }
  }

  public static ScriptedFault of(FaultKind kind) {
    return new ScriptedFault(kind, 1);
  }

  public static ScriptedFault tooManyRequests(int retryAfterSeconds) {
    return new ScriptedFault(FaultKind.TOO_MANY_REQUESTS, retryAfterSeconds);
  }

  public static ScriptedFault tooManyRequestsWithoutRetryAfter() {
    return of(FaultKind.TOO_MANY_REQUESTS_NO_RETRY_AFTER);
  }

  /** 500, 502 or 503. */
  public static ScriptedFault serverError(int status) {
    return switch (status) {
      case 500 -> of(FaultKind.INTERNAL_ERROR);
      case 502 -> of(FaultKind.BAD_GATEWAY);
      case 503 -> of(FaultKind.SERVICE_UNAVAILABLE);
      default -> throw new IllegalArgumentException("scripted server errors are 500, 502 or 503");
    };
  }

  public static ScriptedFault drop() {
    return of(FaultKind.DROP_CONNECTION);
  }

  public static ScriptedFault slowBody() {
    return of(FaultKind.SLOW_BODY);
  }

  public static ScriptedFault malformedPage() {
    return of(FaultKind.MALFORMED_PAGE);
  }

  public static ScriptedFault nextLinkDropsParams() {
    return of(FaultKind.NEXT_LINK_DROPS_PARAMS);
  }

  public static ScriptedFault restoreThenDrop() {
    return of(FaultKind.RESTORE_THEN_DROP);
  }

  public static ScriptedFault restoreNoop() {
    return of(FaultKind.RESTORE_NOOP);
  }
}
