package io.recordingrescue.auth;

import java.lang.System.Logger.Level;
import java.nio.file.Path;

/** Picks where the tokens live: the OS keychain when this desktop has one, else the file. */
public final class TokenStores {

  /** The keychain's service name for this app's entries. */
  public static final String KEYCHAIN_SERVICE = "Recording Rescue";

  private static final System.Logger LOG = System.getLogger(TokenStores.class.getName());

  private TokenStores() {}

  /**
   * For the user's usual data folder: the keychain if one answers, else the owner-only file in the
   * folder. Any other folder (an override such as {@code RECORDING_RESCUE_DATA_DIR}, tests) keeps
   * its own token file: the keychain has one entry per user, which such a folder must neither read
   * nor replace.
   */
  public static TokenStore preferred(Path dataDir, boolean usualDataDir) {
    return preferred(dataDir, usualDataDir, () -> JavaKeyringVault.open(KEYCHAIN_SERVICE));
  }

  static TokenStore preferred(Path dataDir, boolean usualDataDir, SecretVault.Opener keychain) {
    FileTokenStore file = FileTokenStore.inDataDir(dataDir);
    return usualDataDir ? preferred(file, keychain) : file;
  }

  /** The keychain that {@code opener} gives, or {@code file} with a log line saying why not. */
  public static TokenStore preferred(FileTokenStore file, SecretVault.Opener opener) {
    try {
      return new KeychainTokenStore(opener.open(), file);
    } catch (VaultUnavailableException e) {
      LOG.log(
          Level.INFO,
          "Keeping the sign-in in the owner-only file {0}: {1}",
          file.file(),
          e.getMessage());
      return file;
    }
  }
}
