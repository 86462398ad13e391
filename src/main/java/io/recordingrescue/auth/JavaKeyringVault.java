package io.recordingrescue.auth;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/**
 * {@link SecretVault} over java-keyring: Windows Credential Manager, macOS Keychain, or a Secret
 * Service (GNOME Keyring, KWallet) over DBus on Linux.
 *
 * <p>Each operation opens and closes its own {@link Keyring}: the tokens are touched a few times an
 * hour at most, and no DBus connection is left open for the app to close at exit.
 *
 * <p>java-keyring throws the same {@link PasswordAccessException} for "no such entry" and "could
 * not read it", so a failed read counts as "no entry"; a failed write or delete is a failure.
 */
final class JavaKeyringVault implements SecretVault {

  private final String service;

  private JavaKeyringVault(String service) {
    this.service = service;
  }

  /** A vault for {@code service}, after checking that this desktop has a keychain at all. */
  static SecretVault open(String service) throws VaultUnavailableException {
    close(keyring("open the OS keychain"));
    return new JavaKeyringVault(service);
  }

  @Override
  public Optional<String> read(String account) throws VaultUnavailableException {
    Keyring keyring = keyring("read " + account);
    try {
      return Optional.ofNullable(keyring.getPassword(service, account));
    } catch (PasswordAccessException e) {
      return Optional.empty();
    } catch (RuntimeException e) {
      throw failure("read " + account, e);
    } finally {
      close(keyring);
    }
  }

  @Override
  public void write(String account, String secret) throws VaultUnavailableException {
    Keyring keyring = keyring("write " + account);
    try {
      keyring.setPassword(service, account, secret);
    } catch (PasswordAccessException | RuntimeException e) {
      throw failure("write " + account, e);
    } finally {
      close(keyring);
    }
  }

  @Override
  public boolean delete(String account) throws VaultUnavailableException {
    Keyring keyring = keyring("delete " + account);
    try {
      try {
        keyring.getPassword(service, account);
      } catch (PasswordAccessException e) {
        return false;
      }
      keyring.deletePassword(service, account);
      return true;
    } catch (PasswordAccessException | RuntimeException e) {
      throw failure("delete " + account, e);
    } finally {
      close(keyring);
    }
  }

  private static Keyring keyring(String operation) throws VaultUnavailableException {
    try {
      return Keyring.create();
    } catch (BackendNotSupportedException e) {
      throw new VaultUnavailableException(
          "Could not " + operation + ": no keychain on this desktop (" + typeOf(e) + ")");
    } catch (RuntimeException | LinkageError e) {
      // JNA or DBus classes that cannot load on this platform mean "no keychain" too.
      throw failure(operation, e);
    }
  }

  private static VaultUnavailableException failure(String operation, Throwable cause) {
    // Only the type: java-keyring's messages are not ours to vouch for.
    return new VaultUnavailableException(
        "Could not " + operation + " in the OS keychain (" + typeOf(cause) + ")");
  }

  private static String typeOf(Throwable t) {
    return t.getClass().getSimpleName();
  }

  private static void close(Keyring keyring) {
    try {
      keyring.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // Closing only releases the connection; the operation itself already succeeded or failed.
    }
  }
}
