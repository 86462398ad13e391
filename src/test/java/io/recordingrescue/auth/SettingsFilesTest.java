package io.recordingrescue.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

  /** One bad line in one file: the key the message names (null: none) and what it says. */
  static Stream<Arguments> badLines() {
    return Stream.of(
        arguments(
            "an http API base to another machine",
            false,
            "webex.apiBaseUrl=http://proxy.example.com/v1\n",
            AuthSettingsStore.API_BASE_URL,
            List.of("https://", "http://proxy.example.com/v1")),
        arguments(
            "an unknown key close to a known one",
            false,
            "webex.apiBaseURL=https://api.example.com/v1\n",
            "webex.apiBaseURL",
            List.of("not a setting", "did you mean webex.apiBaseUrl?")),
        arguments(
            "an unknown key far from any known one",
            true,
            "proxy.host=example.com\n",
            "proxy.host",
            List.of("Known keys: webex.clientId")),
        arguments(
            "a key set twice with different values",
            false,
            "webex.redirectPort=9000\nwebex.scope=user\nwebex.redirectPort=9100\n",
            AuthSettingsStore.REDIRECT_PORT,
            List.of("more than once", "\"9000\" and \"9100\"")),
        arguments(
            "a malformed escape",
            true,
            "webex.clientId=\\u12zz\n",
            null,
            List.of("could not be read", "Malformed")),
        arguments(
            "a port with a letter",
            false,
            "webex.redirectPort=80a\n",
            AuthSettingsStore.REDIRECT_PORT,
            List.of("port number", "80a")),
        arguments(
            "a port out of range",
            false,
            "webex.redirectPort=70000\n",
            AuthSettingsStore.REDIRECT_PORT,
            List.of("between 1 and 65535")),
        arguments(
            "an unknown scope",
            false,
            "webex.scope=root\n",
            AuthSettingsStore.SCOPE,
            List.of("\"user\" or \"admin\"", "root")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badLines")
  void aBadLineIsRefusedNamingTheFileAndKey(
      String what, boolean machineWide, String text, String key, List<String> fragments)
      throws IOException {
    Path file = machineWide ? machine() : user();
    write(file, text);

    assertRejectedAndKept(file, key, fragments.toArray(String[]::new));
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
