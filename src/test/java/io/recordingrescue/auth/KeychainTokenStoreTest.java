package io.recordingrescue.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordingrescue.testsupport.LogCapture;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keychain store against an in-memory vault: round trip, splitting, clear and fallback. */
class KeychainTokenStoreTest {

  @TempDir Path dir;

  private final InMemorySecretVault vault = new InMemorySecretVault();
  private final LogCapture logs = new LogCapture();
  private final List<String> secrets = new ArrayList<>();
  private final List<String> messages = new ArrayList<>();

  private FileTokenStore file() {
    return new FileTokenStore(dir.resolve("data").resolve(FileTokenStore.FILE_NAME));
  }

  private KeychainTokenStore store() {
    return new KeychainTokenStore(vault, file());
  }

  private TokenSet tokens(int accessLength, int refreshLength) {
    TokenSet set =
        new TokenSet(
            token("acc", accessLength),
            token("ref", refreshLength),
            Instant.parse("2025-03-15T10:00:00Z"),
            Instant.parse("2025-05-30T10:00:00Z"));
    secrets.add(set.accessToken());
    secrets.add(set.refreshToken());
    return set;
  }

  /**
   * Saves tokens of those lengths and checks that they load again, from the same store and from a
   * new one, and that no file was written.
   */
  private TokenSet savedInTheKeychain(int accessLength, int refreshLength) {
    TokenSet tokens = tokens(accessLength, refreshLength);
    KeychainTokenStore store = store();

    store.save(tokens);

    assertThat(store.load()).contains(tokens);
    assertThat(new KeychainTokenStore(vault, file()).load()).contains(tokens);
    assertThat(Files.exists(file().file())).isFalse();
    return tokens;
  }

  /** A token of that length whose every 16-character window is unique to it. */
  private static String token(String prefix, int length) {
    StringBuilder b = new StringBuilder(prefix);
    for (int i = 0; b.length() < length; i++) {
      b.append(Integer.toString(i * 7919 + prefix.hashCode(), 36)).append('_');
    }
    return b.substring(0, length);
  }

  @AfterEach
  void noTokenInLogsOrMessages() {
    logs.close();
    String everything = logs.text() + String.join("\n", messages);
    for (String secret : secrets) {
      for (int i = 0; i + 16 <= secret.length(); i += 8) {
        assertThat(everything).doesNotContain(secret.substring(i, i + 16));
      }
    }
  }

  @Test
  void shortTokensRoundTripInTheOneEntryWithNoFile() {
    TokenSet tokens = savedInTheKeychain(120, 120);

    assertThat(vault.entries).containsOnlyKeys(KeychainTokenStore.ACCOUNT);
    assertThat(vault.entries.get(KeychainTokenStore.ACCOUNT)).contains(tokens.accessToken());
  }

  @Test
  void longTokensAreSplitIntoEntriesThatFitCredentialManager() {
    savedInTheKeychain(3_000, 1_500);

    // About 4,600 characters of JSON: 9,200 bytes in UTF-16, so 5 parts of at most 2,000 bytes.
    assertThat(vault.largestEntryBytes).isLessThanOrEqualTo(KeychainTokenStore.MAX_ENTRY_BYTES);
    assertThat(vault.largestEntryBytes).isLessThan(2_560);
    assertThat(vault.entries)
        .containsOnlyKeys(
            "webex-tokens",
            "webex-tokens.1",
            "webex-tokens.2",
            "webex-tokens.3",
            "webex-tokens.4",
            "webex-tokens.5");
    assertThat(vault.entries.get("webex-tokens")).isEqualTo("{\"parts\":5}");
  }

  @Test
  void aShorterSaveRemovesThePartsOfALongerOne() {
    KeychainTokenStore store = store();
    store.save(tokens(3_000, 1_500));
    TokenSet shorter = tokens(1_200, 100);

    store.save(shorter);

    assertThat(vault.entries).containsOnlyKeys("webex-tokens", "webex-tokens.1", "webex-tokens.2");
    assertThat(store.load()).contains(shorter);

    TokenSet short1 = tokens(100, 100);
    store.save(short1);
    assertThat(vault.entries).containsOnlyKeys("webex-tokens");
    assertThat(store.load()).contains(short1);
  }

  @Test
  void splittingNeverCutsACharacterInTwo() {
    String value = "a".repeat(999) + "\uD83D\uDE00" + "b".repeat(10);

    List<String> parts = KeychainTokenStore.split(value);

    assertThat(String.join("", parts)).isEqualTo(value);
    assertThat(parts.get(0)).hasSize(999);
    assertThat(parts.get(1)).startsWith("\uD83D\uDE00");
    assertThat(parts).allMatch(p -> KeychainTokenStore.storedBytes(p) <= 2_000);
  }

  @Test
  void clearRemovesEveryEntryAndAFileLeftByAnEarlierFallback() {
    KeychainTokenStore store = store();
    vault.failing = true;
    store.save(tokens(100, 100));
    vault.failing = false;
    assertThat(Files.exists(file().file())).isTrue();
    // The file stays until a save the keychain accepts; write the keychain behind the store's back
    // so both hold a sign-in.
    new KeychainTokenStore(vault, new FileTokenStore(dir.resolve("elsewhere.json")))
        .save(tokens(3_000, 100));
    assertThat(vault.entries).hasSizeGreaterThan(1);

    store.clear();

    assertThat(vault.entries).isEmpty();
    assertThat(Files.exists(file().file())).isFalse();
    assertThat(store.load()).isEmpty();
  }

  @Test
  void aKeychainThatFailsOnSaveFallsBackToTheOwnerOnlyFileAndSaysSo() {
    TokenSet tokens = tokens(300, 300);
    KeychainTokenStore store = store();
    vault.failing = true;

    store.save(tokens);

    assertThat(file().load()).contains(tokens);
    assertThat(store.load()).contains(tokens);
    assertThat(logs.text())
        .contains("The OS keychain did not take the sign-in")
        .contains("DBus gone")
        .contains(file().file().toString());
  }

  @Test
  void aFallbackFileIsNewerThanTheKeychainUntilTheKeychainTakesASaveAgain() {
    KeychainTokenStore store = store();
    TokenSet old = tokens(100, 100);
    store.save(old);
    // The keychain takes one part of the long set and then locks.
    vault.writesBeforeFailure = 1;
    TokenSet newer = tokens(3_000, 100);

    store.save(newer);

    assertThat(store.load()).contains(newer);
    assertThat(logs.text()).contains("saving it to the owner-only file");

    vault.writesBeforeFailure = -1;
    TokenSet newest = tokens(200, 200);
    store.save(newest);
    assertThat(Files.exists(file().file())).isFalse();
    assertThat(vault.entries).containsOnlyKeys("webex-tokens");
    assertThat(store.load()).contains(newest);
  }

  @Test
  void tokensFromTheFileOfAnEarlierVersionAreReadAndMovedToTheKeychainOnTheNextSave() {
    TokenSet saved = tokens(100, 100);
    file().save(saved);
    KeychainTokenStore store = store();

    assertThat(store.load()).contains(saved);

    TokenSet refreshed = tokens(110, 100);
    store.save(refreshed);
    assertThat(Files.exists(file().file())).isFalse();
    assertThat(store.load()).contains(refreshed);
  }

  @Test
  void aKeychainThatFailsOnLoadMeansNotSignedInWithAPlainWarning() {
    KeychainTokenStore store = store();
    store.save(tokens(100, 100));
    vault.failing = true;

    assertThat(store.load()).isEmpty();
    assertThat(logs.text()).contains("Could not read the sign-in from the OS keychain");
  }

  @Test
  void damagedOrIncompleteEntriesMeanNotSignedInWithoutQuotingThem() {
    KeychainTokenStore store = store();
    TokenSet tokens = tokens(3_000, 100);
    store.save(tokens);
    vault.entries.remove("webex-tokens.2");

    assertThat(store.load()).isEmpty();

    vault.entries.clear();
    vault.entries.put("webex-tokens", "{\"accessToken\":\"" + tokens.accessToken() + "\"");
    assertThat(store.load()).isEmpty();
    assertThat(logs.text()).contains("Ignoring an unreadable sign-in in the OS keychain");
  }

  @Test
  void aKeychainThatFailsOnClearStillRemovesTheFileAndSaysWhatToDo() {
    KeychainTokenStore store = store();
    store.save(tokens(100, 100));
    vault.failing = true;
    store.save(tokens(100, 100));
    assertThat(Files.exists(file().file())).isTrue();

    assertThatThrownBy(store::clear)
        .isInstanceOf(UncheckedIOException.class)
        .satisfies(e -> messages.add(e.getMessage()))
        .hasMessageContaining("Could not remove the sign-in from the OS keychain")
        .hasMessageContaining("\"webex-tokens\" of \"Recording Rescue\"");
    assertThat(Files.exists(file().file())).isFalse();
  }

  @Test
  void throughTheTokenManagerASignOutEmptiesTheKeychain() {
    KeychainTokenStore store = store();
    TokenManager manager =
        new TokenManager(
            current -> {
              throw new TokenRefreshException("no refresh in this test", true);
            },
            store,
            java.time.Clock.fixed(Instant.parse("2025-03-15T09:00:00Z"), java.time.ZoneOffset.UTC));
    manager.signedIn(tokens(100, 100));
    assertThat(vault.entries).containsOnlyKeys("webex-tokens");

    manager.signOut();

    assertThat(vault.entries).isEmpty();
  }
}
