package io.recordingrescue.sandbox.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** PKCE with S256 (RFC 7636): the verifier's SHA-256, base64url, must equal the challenge. */
final class PkceCheck {

  private PkceCheck() {}

  static boolean verifies(String challenge, String verifier) {
    return verifier != null && ClientCredentials.constantTimeEquals(challenge, s256(verifier));
  }

  static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
