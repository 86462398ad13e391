package io.recordingrescue.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The tokens of one sign-in. Expiry instants are absolute (Webex gives seconds from now); null
 * means unknown (a personal access token). A null refresh token means it cannot be refreshed.
 * {@link #toString()} never shows a token.
 */
public record TokenSet(
    String accessToken, String refreshToken, Instant accessExpiresAt, Instant refreshExpiresAt) {

  public TokenSet {
    Objects.requireNonNull(accessToken, "accessToken");
    if (accessToken.isBlank()) {
      throw new IllegalArgumentException("The access token is empty");
    }
    if (refreshToken != null && refreshToken.isBlank()) {
      refreshToken = null;
    }
  }

  /** A personal access token pasted by the operator: no refresh, expiry unknown. */
  public static TokenSet personal(String accessToken) {
    return new TokenSet(accessToken.trim(), null, null, null);
  }

  /** Builds the set from a token response's lifetimes in seconds, measured from {@code now}. */
  public static TokenSet fromLifetimes(
      String accessToken,
      String refreshToken,
      Long accessExpiresInSeconds,
      Long refreshExpiresInSeconds,
      Instant now) {
    return new TokenSet(
        accessToken,
        refreshToken,
        accessExpiresInSeconds == null ? null : now.plusSeconds(accessExpiresInSeconds),
        refreshExpiresInSeconds == null ? null : now.plusSeconds(refreshExpiresInSeconds));
  }

  public boolean canRefresh(Clock clock) {
    return refreshToken != null
        && (refreshExpiresAt == null || clock.instant().isBefore(refreshExpiresAt));
  }

  /** True when the access token expires within {@code margin} (never for an unknown expiry). */
  public boolean accessExpiresWithin(Duration margin, Clock clock) {
    return accessExpiresAt != null && !clock.instant().plus(margin).isBefore(accessExpiresAt);
  }

  public boolean accessExpired(Clock clock) {
    return accessExpiresWithin(Duration.ZERO, clock);
  }

  /** A refreshed set keeps the old refresh token when the server did not send a new one. */
  public TokenSet mergeRefreshed(TokenSet refreshed) {
    if (refreshed.refreshToken != null) {
      return refreshed;
    }
    return new TokenSet(
        refreshed.accessToken, refreshToken, refreshed.accessExpiresAt, refreshExpiresAt);
  }

  @Override
  public String toString() {
    return "TokenSet[accessToken=(hidden), refreshToken="
        + (refreshToken == null ? "(none)" : "(hidden)")
        + ", accessExpiresAt="
        + accessExpiresAt
        + ", refreshExpiresAt="
        + refreshExpiresAt
        + "]";
  }
}
