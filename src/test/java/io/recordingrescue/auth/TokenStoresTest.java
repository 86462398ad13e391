package io.recordingrescue.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.recordingrescue.testsupport.LogCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStoresTest {

  @TempDir Path dir;

  private Path dataDir() {
    return dir.resolve("data");
  }

  private static boolean linuxWithoutSessionBus() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String bus = System.getenv("DBUS_SESSION_BUS_ADDRESS");
    return os.startsWith("linux") && (bus == null || bus.isBlank());
  }

  @Test
  void withoutASecretServiceTheTokensGoToTheOwnerOnlyFileAndTheLogSaysWhy() {
    assumeTrue(linuxWithoutSessionBus(), "Linux with no DBus session bus (a headless machine)");
    TokenSet tokens = TokenSet.personal("pat-3f9a1c77e0b24d5a9c1e");
    TokenStore store;
    try (LogCapture logs = new LogCapture()) {
      store = TokenStores.preferred(dataDir(), true);
      store.save(tokens);

      assertThat(logs.text())
          .contains("Keeping the sign-in in the owner-only file")
          .contains("Could not open the OS keychain: no keychain on this desktop")
          .contains(dir.resolve("data").resolve(FileTokenStore.FILE_NAME).toString())
          .doesNotContain(tokens.accessToken());
    }

    assertThat(store).isInstanceOf(FileTokenStore.class);
    assertThat(((FileTokenStore) store).file())
        .isEqualTo(dir.resolve("data").resolve(FileTokenStore.FILE_NAME));
    assertThat(store.load()).contains(tokens);
    store.clear();
    assertThat(Files.exists(((FileTokenStore) store).file())).isFalse();
  }

  @Test
  void theRealKeychainAdapterReportsAMissingKeychainPlainly() {
    assumeTrue(linuxWithoutSessionBus(), "Linux with no DBus session bus (a headless machine)");

    assertThatThrownBy(() -> JavaKeyringVault.open(TokenStores.KEYCHAIN_SERVICE))
        .isInstanceOf(VaultUnavailableException.class)
        .hasMessage(
            "Could not open the OS keychain: no keychain on this desktop"
                + " (BackendNotSupportedException)");
  }

  @Test
  void aKeychainThatOpensIsPreferredOverTheFile() {
    InMemorySecretVault vault = new InMemorySecretVault();
    FileTokenStore file = FileTokenStore.inDataDir(dataDir());

    TokenStore store = TokenStores.preferred(file, () -> vault);
    store.save(TokenSet.personal("pat-keychain-0a1b2c3d4e5f"));

    assertThat(store).isInstanceOf(KeychainTokenStore.class);
    assertThat(((KeychainTokenStore) store).fallback()).isSameAs(file);
    assertThat(vault.entries).containsOnlyKeys(KeychainTokenStore.ACCOUNT);
    assertThat(Files.exists(file.file())).isFalse();
  }

  @Test
  void aKeychainThatCannotOpenLeavesTheFileWithTheReasonLogged() {
    FileTokenStore file = FileTokenStore.inDataDir(dataDir());
    try (LogCapture logs = new LogCapture()) {

      TokenStore store =
          TokenStores.preferred(
              file,
              () -> {
                throw new VaultUnavailableException("Could not open the OS keychain (locked)");
              });

      assertThat(store).isSameAs(file);
      assertThat(logs.text())
          .contains("Keeping the sign-in in the owner-only file")
          .contains("Could not open the OS keychain (locked)")
          .contains(file.file().toString());
    }
  }

  @Test
  void anotherDataFolderKeepsItsOwnFileAndNeverAsksTheKeychain() {
    Path other = dir.resolve("portable");
    AtomicInteger opened = new AtomicInteger();

    TokenStore store =
        TokenStores.preferred(
            other,
            false,
            () -> {
              opened.incrementAndGet();
              return new InMemorySecretVault();
            });

    assertThat(store).isInstanceOf(FileTokenStore.class);
    assertThat(((FileTokenStore) store).file()).isEqualTo(other.resolve(FileTokenStore.FILE_NAME));
    assertThat(opened).hasValue(0);
  }

  @Test
  void theUsualDataFolderGetsTheKeychainWithItsFileAsFallback() {
    InMemorySecretVault vault = new InMemorySecretVault();

    TokenStore store = TokenStores.preferred(dataDir(), true, () -> vault);

    assertThat(store).isInstanceOf(KeychainTokenStore.class);
    assertThat(((KeychainTokenStore) store).fallback().file())
        .isEqualTo(dir.resolve("data").resolve(FileTokenStore.FILE_NAME));
  }
}
