package io.recordingrescue.sandbox.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/** The one integration the sandbox knows: its client id and secret. */
record ClientCredentials(String clientId, String clientSecret) {

  boolean isKnown(String candidateId) {
    return clientId.equals(candidateId);
  }

  /** Checks {@code client_id} and {@code client_secret} of a token request's form. */
  boolean authenticates(Map<String, String> form) {
    return isKnown(form.get("client_id"))
        && constantTimeEquals(clientSecret, form.getOrDefault("client_secret", ""));
  }

  /** Compares secrets without leaking, through timing, how much of a guess was right. */
  static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
