package io.recordingrescue.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad settings files: each gets a message naming the file and the key, and nothing is lost (a file
 * the app could not use is never overwritten).
 */
class SettingsFilesTest {
  @TempDir Path dir;

  private Path machine() {
    return dir.resolve("etc").resolve("config.properties");
  }

  private Path user() {
    return dir.resolve("home").resolve("config.properties");
  }

  private AuthSettingsStore store() {
    return new AuthSettingsStore(machine(), user());
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  /** Loading fails naming file and key, and saving over the user file leaves it as it was. */
  private void assertRejectedAndKept(Path badFile, String key, String... fragments)
      throws IOException {
    byte[] before = Files.isRegularFile(user()) ? Files.readAllBytes(user()) : null;
    SettingsFileException e =
        (SettingsFileException) org.assertj.core.api.Assertions.catchThrowable(store()::load);

    assertThat(e).as("loading " + badFile).isNotNull();
    assertThat(e.file()).isEqualTo(badFile);
    assertThat(e.getMessage()).contains(badFile.toString());
    if (key == null) {
      assertThat(e.key()).isEmpty();
    } else {
      assertThat(e.key()).contains(key);
      assertThat(e.getMessage()).contains("key " + key);
    }
    assertThat(e.getMessage()).contains(fragments);

    assertThatThrownBy(() -> store().save(AuthSettings.webexDefaults().withClient("new", "new-s")))
        .isInstanceOf(SettingsFileException.class)
        .hasMessageContaining(badFile.toString());
    if (before != null) {
      assertThat(Files.readAllBytes(user())).as("the user's file is untouched").isEqualTo(before);
    }
  }

  @Test
  void anHttpApiBaseToAnotherMachineIsRefusedNamingTheFileAndKey() throws IOException {
    write(user(), "webex.apiBaseUrl=http://proxy.example.com/v1\n");

    assertRejectedAndKept(
        user(), AuthSettingsStore.API_BASE_URL, "https://", "http://proxy.example.com/v1");
  }

  @Test
  void theSameRuleHoldsInTheMachineWideFile() throws IOException {
    write(machine(), "webex.clientId=it\nwebex.authorizeUrl=http://sso.example.com/authorize\n");
    write(user(), "webex.redirectPort=9100\n");

    assertRejectedAndKept(machine(), AuthSettingsStore.AUTHORIZE_URL, "https://");
  }

  @Test
  void loopbackHttpIsAllowedInAFile() throws IOException {
    write(user(), "webex.apiBaseUrl=http://127.0.0.1:8080/v1\n");

    assertThat(store().load().apiBaseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/v1"));
  }

  @Test
  void anUnknownKeyIsRefusedWithTheKeyItProbablyMeant() throws IOException {
    write(user(), "webex.apiBaseURL=https://api.example.com/v1\n");

    assertRejectedAndKept(
        user(), "webex.apiBaseURL", "not a setting", "did you mean webex.apiBaseUrl?");
  }

  @Test
  void anUnknownKeyFarFromAnyKnownOneListsTheKnownKeys() throws IOException {
    write(machine(), "proxy.host=example.com\n");

    assertRejectedAndKept(machine(), "proxy.host", "Known keys: webex.clientId");
  }

  @Test
  void aKeySetTwiceWithDifferentValuesIsAContradiction() throws IOException {
    write(user(), "webex.redirectPort=9000\nwebex.scope=user\nwebex.redirectPort=9100\n");

    assertRejectedAndKept(
        user(), AuthSettingsStore.REDIRECT_PORT, "more than once", "\"9000\" and \"9100\"");
  }

  @Test
  void aContradictingSecretIsNamedButNeverQuoted() throws IOException {
    write(user(), "webex.clientSecret=first-s3cret\nwebex.clientSecret=second-s3cret\n");

    assertThatThrownBy(store()::load)
        .isInstanceOf(SettingsFileException.class)
        .hasMessageContaining(AuthSettingsStore.CLIENT_SECRET)
        .hasMessageNotContaining("first-s3cret")
        .hasMessageNotContaining("second-s3cret");
  }

  @Test
  void theSameValueTwiceIsNoContradiction() throws IOException {
    write(user(), "webex.scope=admin\nwebex.scope = admin \n");

    assertThat(store().load().scopeSet()).isEqualTo(ScopeSet.ADMIN);
  }

  @Test
  void aFolderWhereTheFileShouldBeIsUnreadable() throws IOException {
    Files.createDirectories(user());

    assertRejectedAndKept(user(), null, "is not a file");
  }

  @Test
  void aFileThatIsNotUtf8IsUnreadable() throws IOException {
    Files.createDirectories(user().getParent());
    Files.write(user(), "webex.clientId=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    assertRejectedAndKept(user(), null, "not UTF-8");
  }

  @Test
  void aMalformedEscapeIsUnreadable() throws IOException {
    write(machine(), "webex.clientId=\\u12zz\n");

    assertRejectedAndKept(machine(), null, "could not be read", "Malformed");
  }

  @Test
  void aFileWithoutReadPermissionIsUnreadable() throws IOException {
    write(user(), "webex.clientId=mine\n");
    assumeTrue(OwnerOnlyFiles.isPosix(user()), "POSIX permissions only");
    Files.setPosixFilePermissions(user(), PosixFilePermissions.fromString("---------"));
    try {
      assumeTrue(!Files.isReadable(user()), "the superuser reads every file");

      assertRejectedAndKept(user(), null, "could not be read", "AccessDeniedException");
    } finally {
      Files.setPosixFilePermissions(user(), PosixFilePermissions.fromString("rw-------"));
    }
    assertThat(Files.readString(user())).isEqualTo("webex.clientId=mine\n");
  }

  @Test
  void badPortsAndScopesNameTheirKey() throws IOException {
    write(user(), "webex.redirectPort=80a\n");
    assertRejectedAndKept(user(), AuthSettingsStore.REDIRECT_PORT, "port number", "80a");

    write(user(), "webex.redirectPort=70000\n");
    assertRejectedAndKept(user(), AuthSettingsStore.REDIRECT_PORT, "between 1 and 65535");

    write(user(), "webex.scope=root\n");
    assertRejectedAndKept(user(), AuthSettingsStore.SCOPE, "\"user\" or \"admin\"", "root");
  }

  @Test
  void anEmptyValueMeansNotSetSoTheMachineWideValueStays() throws IOException {
    write(machine(), "webex.clientId=it-client\nwebex.redirectPort=9000\n");
    write(user(), "webex.clientId=\nwebex.redirectPort= \n");

    AuthSettingsStore.Loaded loaded = store().loadWithSources();

    assertThat(loaded.settings().clientId()).isEqualTo("it-client");
    assertThat(loaded.settings().redirectPort()).isEqualTo(9000);
    assertThat(loaded.sourceOf(AuthSettingsStore.CLIENT_ID)).contains(machine());
    assertThat(loaded.sourceOf(AuthSettingsStore.SCOPE)).isEmpty();
  }

  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(AuthSettingsStore.editDistance("webex.scope", "webex.scope")).isZero();
    assertThat(AuthSettingsStore.editDistance("webex.scope", "WEBEX.SCOPE")).isZero();
    assertThat(AuthSettingsStore.editDistance("webex.scope", "webex.scop")).isEqualTo(1);
    assertThat(AuthSettingsStore.editDistance("webex.scope", "webex.scopes")).isEqualTo(1);
    assertThat(AuthSettingsStore.editDistance("webex.tokenUrl", "webex.tokenUri")).isEqualTo(1);
    assertThat(AuthSettingsStore.editDistance("abc", "xyz")).isEqualTo(3);
  }
}
