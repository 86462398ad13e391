package io.recordingrescue.sandbox.oauth;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Codes handed out on consent: single use, short-lived, bound to redirect URI and PKCE. */
final class AuthorizationCodes {

  /** What the user agreed to, kept until the client redeems the code. */
  record IssuedCode(
      String clientId, String redirectUri, String scope, String challenge, Instant expiresAt) {}

  private final Map<String, IssuedCode> codes = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Supplier<SandboxOAuthEndpoints.Lifetimes> lifetimes;
  private final RandomTokens random;

  AuthorizationCodes(
      Clock clock, Supplier<SandboxOAuthEndpoints.Lifetimes> lifetimes, RandomTokens random) {
    this.clock = clock;
    this.lifetimes = lifetimes;
    this.random = random;
  }

  String issue(String clientId, String redirectUri, String scope, String challenge) {
    String code = random.next();
    codes.put(
        code,
        new IssuedCode(
            clientId, redirectUri, scope, challenge, clock.instant().plus(lifetimes.get().code())));
    return code;
  }

  /** The code's grant if it is known and unexpired; either way the code is used up. */
  Optional<IssuedCode> redeem(String code) {
    IssuedCode issued = codes.remove(code);
    if (issued == null || !clock.instant().isBefore(issued.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(issued);
  }
}
