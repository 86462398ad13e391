package io.recordingrescue.sandbox.oauth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's bearer tokens: token to (role, owner e-mail, expiry). Thread-safe; the OAuth
 * handlers of the auth package issue tokens here too.
 */
public final class TokenRegistry {

  /** What a token stands for. */
  public record Grant(CallerRole role, String email, Instant expiresAt) {}

  private final Map<String, Grant> grants = new ConcurrentHashMap<>();
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public TokenRegistry(Clock clock) {
    this.clock = clock;
  }

  /** Issues a fresh random token valid for {@code ttl} from the registry's clock. */
  public String issue(CallerRole role, String email, Duration ttl) {
    if (role == null || email == null || ttl == null) {
      throw new IllegalArgumentException("role, email and ttl are required");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = "sbx_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    grants.put(token, new Grant(role, email, clock.instant().plus(ttl)));
    return token;
  }

  /** Forgets the token: later requests with it get 401. */
  public void revoke(String token) {
    grants.remove(token);
  }

  /** Keeps the token known but makes it expired, as Webex does when a token's lifetime ends. */
  public void expire(String token) {
    grants.computeIfPresent(
        token, (t, grant) -> new Grant(grant.role(), grant.email(), Instant.EPOCH));
  }

  /** The grant of a token that is known and not expired. */
  public Optional<Grant> validGrant(String token) {
    if (token == null) {
      return Optional.empty();
    }
    Grant grant = grants.get(token);
    if (grant == null || !clock.instant().isBefore(grant.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(grant);
  }

  /** The grant of a known token, expired or not. */
  public Optional<Grant> grant(String token) {
    return token == null ? Optional.empty() : Optional.ofNullable(grants.get(token));
  }
}
