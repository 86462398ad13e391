package io.recordingrescue.auth;

/**
 * The OS keychain is missing or refused an operation (locked, its service gone). The message names
 * the operation and the cause's type, never a secret.
 */
public final class VaultUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  public VaultUnavailableException(String message) {
    super(message);
  }
}
