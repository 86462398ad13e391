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
   * {@link #preferred(AppDirectories)}, picked when the tokens are first loaded, saved or cleared
   * rather than now: the keychain probe is slow and the sign-in screen does not need it.
   */
  public static FirstUseTokenStore preferredOnFirstUse(AppDirectories directories) {
    return new FirstUseTokenStore(() -> preferred(directories));
  }

  /** The keychain if one answers, else the owner-only file in the per-user data folder. */
  public static TokenStore preferred(AppDirectories directories) {
    return preferred(
        FileTokenStore.inDataDir(directories), () -> JavaKeyringVault.open(KEYCHAIN_SERVICE));
  }

  /**
   * As {@link #preferred(AppDirectories)} when {@code dataDir} is the usual per-user data folder. A
   * different folder (the CLI's {@code RECORDING_RESCUE_DATA_DIR}, tests) keeps its own token file:
   * the keychain has one entry per user, which such a folder must neither read nor replace.
   */
  public static TokenStore preferred(AppDirectories directories, Path dataDir) {
    return preferred(directories, dataDir, () -> JavaKeyringVault.open(KEYCHAIN_SERVICE));
  }

  static TokenStore preferred(
      AppDirectories directories, Path dataDir, SecretVault.Opener keychain) {
    if (!sameFolder(dataDir, directories.userDataDir())) {
      return new FileTokenStore(dataDir.resolve(FileTokenStore.FILE_NAME));
    }
    return preferred(FileTokenStore.inDataDir(directories), keychain);
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

  private static boolean sameFolder(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
