package io.recordingrescue.sandbox.faults;

/** The ways the sandbox can misbehave on purpose. Names are the keys of the fault counters. */
public enum FaultKind {
  /** 429 with a {@code Retry-After} header. */
  TOO_MANY_REQUESTS(Scope.ANY),
  /** 429 without {@code Retry-After}: clients must pick their own wait. */
  TOO_MANY_REQUESTS_NO_RETRY_AFTER(Scope.ANY),
  INTERNAL_ERROR(Scope.ANY),
  BAD_GATEWAY(Scope.ANY),
  SERVICE_UNAVAILABLE(Scope.ANY),
  /** Close the socket without any answer. */
  DROP_CONNECTION(Scope.ANY),
  /** Answer normally but dribble the body out slowly. */
  SLOW_BODY(Scope.ANY),
  /** Apply the restore, then drop the connection: the client cannot know the outcome. */
  RESTORE_THEN_DROP(Scope.RESTORE),
  /** Answer 204 but restore nothing. */
  RESTORE_NOOP(Scope.RESTORE),
  /** A {@code Link: rel="next"} that loses the original query parameters (a known Webex bug). */
  NEXT_LINK_DROPS_PARAMS(Scope.LIST),
  /** A list page whose JSON is cut off. */
  MALFORMED_PAGE(Scope.LIST),
  /** The per-token request-rate limit was exceeded (not rolled at random; see FaultPlan). */
  RATE_LIMITED(Scope.ANY);

  /** Which requests a fault can apply to. */
  public enum Scope {
    ANY,
    RESTORE,
    LIST
  }

  private final Scope scope;

  FaultKind(Scope scope) {
    this.scope = scope;
  }

  public Scope scope() {
    return scope;
  }

  boolean appliesTo(boolean isRestore, boolean isList) {
    return switch (scope) {
      case ANY -> true;
      case RESTORE -> isRestore;
      case LIST -> isList;
    };
  }
}
