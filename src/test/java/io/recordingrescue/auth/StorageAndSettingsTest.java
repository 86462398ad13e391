package io.recordingrescue.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageAndSettingsTest {

  @TempDir Path dir;

  private final TokenSet tokens =
      new TokenSet(
          "access-123",
          "refresh-456",
          Instant.parse("2025-03-15T10:00:00Z"),
          Instant.parse("2025-05-30T10:00:00Z"));

  @Test
  void theTokenFileIsOwnerOnlyOnPosixAndRoundTrips() throws IOException {
    assumeTrue(OwnerOnlyFiles.isPosix(dir), "POSIX permissions only");
    Path file = dir.resolve("data").resolve("recording-rescue").resolve(FileTokenStore.FILE_NAME);
    FileTokenStore store = new FileTokenStore(file);

    store.save(tokens);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
    assertThat(store.load()).contains(tokens);
    try (var siblings = Files.list(file.getParent())) {
      assertThat(siblings).containsExactly(file);
    }
  }

  @Test
  void aTokenFileOthersCanReadIsTightenedBeforeUse() throws IOException {
    assumeTrue(OwnerOnlyFiles.isPosix(dir), "POSIX permissions only");
    Path file = dir.resolve(FileTokenStore.FILE_NAME);
    FileTokenStore store = new FileTokenStore(file);
    store.save(tokens);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(store.load()).contains(tokens);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void clearRemovesTheFileAndADamagedFileMeansSignedOut() throws IOException {
    FileTokenStore store = new FileTokenStore(dir.resolve(FileTokenStore.FILE_NAME));
    store.save(tokens);
    store.clear();
    assertThat(store.file()).doesNotExist();
    assertThat(store.load()).isEmpty();

    Files.writeString(store.file(), "{not json");
    assertThat(store.load()).isEmpty();
  }

  @Test
  void toStringNeverShowsTokensOrSecrets() {
    assertThat(tokens.toString()).doesNotContain("access-123").doesNotContain("refresh-456");
    AuthSettings settings = AuthSettings.webexDefaults().withClient("client-1", "s3cret-value");
    assertThat(settings.toString()).contains("client-1").doesNotContain("s3cret-value");
    assertThat(new AuthorizationRequest(URI.create("https://x.test/a?state=st"), "st", "verif"))
        .asString()
        .doesNotContain("verif")
        .doesNotContain("state=st");
  }

  @Test
  void perUserSettingsWinKeyByKeyAndSavingWritesOnlyWhatDiffers() throws IOException {
    Path machine = dir.resolve("etc").resolve("config.properties");
    Path user = dir.resolve("home").resolve("config.properties");
    Files.createDirectories(machine.getParent());
    Files.writeString(
        machine,
        "webex.clientId=org-client\nwebex.clientSecret=org-secret\nwebex.redirectPort=9000\n"
            + "webex.scope=admin\n");
    Files.createDirectories(user.getParent());
    Files.writeString(user, "webex.redirectPort=9100\n");
    AuthSettingsStore store = new AuthSettingsStore(machine, user);

    AuthSettings loaded = store.load();

    assertThat(loaded.clientId()).isEqualTo("org-client");
    assertThat(loaded.clientSecret()).isEqualTo("org-secret");
    assertThat(loaded.redirectPort()).isEqualTo(9100);
    assertThat(loaded.scopeSet()).isEqualTo(ScopeSet.ADMIN);
    assertThat(loaded.tokenUrl()).isEqualTo(AuthSettings.WEBEX_TOKEN_URL);

    store.save(loaded.withScopeSet(ScopeSet.USER));

    String saved = Files.readString(user);
    assertThat(saved).contains("webex.scope=user").contains("webex.redirectPort=9100");
    assertThat(saved).doesNotContain("org-secret").doesNotContain("org-client");
    assertThat(store.load().scopeSet()).isEqualTo(ScopeSet.USER);
    if (OwnerOnlyFiles.isPosix(user)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(user)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void nonLoopbackUrlsMustBeHttpsAndTheErrorNamesTheSettingNotTheSecret() throws IOException {
    Path user = dir.resolve("config.properties");
    Files.writeString(
        user,
        "webex.clientSecret=top-secret-1\nwebex.tokenUrl=http://auth.example.com/v1/access_token\n");

    assertThatThrownBy(() -> new AuthSettingsStore(dir.resolve("none"), user).load())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("webex.tokenUrl")
        .hasMessageContaining("https://")
        .hasMessageNotContaining("top-secret-1");
    assertThat(
            AuthSettings.webexDefaults()
                .withEndpoints(
                    URI.create("http://127.0.0.1:1/v1"),
                    URI.create("http://localhost:1/a"),
                    URI.create("http://[::1]:1/t"))
                .tokenUrl())
        .hasHost("[::1]");
    assertThatThrownBy(() -> ScopeSet.parse("root", "webex.scope"))
        .hasMessageContaining("webex.scope");
  }

  @Test
  void scopesAreLeastPrivilege() {
    assertThat(ScopeSet.USER.asParameter())
        .isEqualTo("spark:recordings_read spark:recordings_write spark:people_read");
    assertThat(ScopeSet.ADMIN.asParameter())
        .isEqualTo("spark-admin:recordings_read spark-admin:recordings_write spark:people_read");
    for (ScopeSet s : ScopeSet.values()) {
      assertThat(s.asParameter()).doesNotContain("purge").doesNotContain("delete");
    }
  }

  @Test
  void theRedactorMasksBearerFormAndJsonSecrets() {
    String text =
        "Authorization: Bearer abc.def-123 body code=xyz&client_secret=s1&state=ok"
            + " {\"access_token\":\"tok9\",\"expires_in\":3600}";

    String redacted = SecretRedactor.redact(text);

    assertThat(redacted)
        .doesNotContain("abc.def-123")
        .doesNotContain("xyz")
        .doesNotContain("s1&")
        .doesNotContain("tok9")
        .contains("state=ok")
        .contains("\"expires_in\":3600");
  }
}
