package io.recordingrescue.sandbox.oauth;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable, URL-safe values for consent ids, authorization codes and refresh tokens. */
final class RandomTokens {

  private final SecureRandom random = new SecureRandom();

  String next() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
