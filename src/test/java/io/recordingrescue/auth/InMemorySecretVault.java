package io.recordingrescue.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A keychain in a map that can be told to fail, like a locked keychain or a vanished DBus. */
final class InMemorySecretVault implements SecretVault {

  final Map<String, String> entries = new LinkedHashMap<>();

  /** Every operation fails while true. */
  boolean failing;

  /** Writes that succeed before every further write fails; negative for no limit. */
  int writesBeforeFailure = -1;

  int largestEntryBytes;

  @Override
  public synchronized Optional<String> read(String account) throws VaultUnavailableException {
    check("read");
    return Optional.ofNullable(entries.get(account));
  }

  @Override
  public synchronized void write(String account, String secret) throws VaultUnavailableException {
    check("write");
    if (writesBeforeFailure == 0) {
      throw new VaultUnavailableException("Could not write " + account + " (locked)");
    }
    if (writesBeforeFailure > 0) {
      writesBeforeFailure--;
    }
    largestEntryBytes = Math.max(largestEntryBytes, KeychainTokenStore.storedBytes(secret));
    entries.put(account, secret);
  }

  @Override
  public synchronized boolean delete(String account) throws VaultUnavailableException {
    check("delete");
    return entries.remove(account) != null;
  }

  private void check(String operation) throws VaultUnavailableException {
    if (failing) {
      throw new VaultUnavailableException("Could not " + operation + " (DBus gone)");
    }
  }
}
