package io.recordingrescue.auth;

import java.util.Optional;

/**
 * Small secrets kept under one service name, each under an account name: the OS keychain through
 * {@link JavaKeyringVault}, or a map in tests. Implementations never put a secret into an exception
 * message.
 */
public interface SecretVault {

  /** The secret stored under {@code account}, or empty when there is none. */
  Optional<String> read(String account) throws VaultUnavailableException;

  /** Stores {@code secret} under {@code account}, replacing what was there. */
  void write(String account, String secret) throws VaultUnavailableException;

  /** Removes the entry; false when there was none. */
  boolean delete(String account) throws VaultUnavailableException;

  /** Opens a vault, failing when this desktop has none (e.g. Linux without a Secret Service). */
  @FunctionalInterface
  interface Opener {
    SecretVault open() throws VaultUnavailableException;
  }
}
