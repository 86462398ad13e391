package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordingrescue.auth.AuthSettings;
import io.recordingrescue.auth.BrowserOpener;
import io.recordingrescue.auth.FileTokenStore;
import io.recordingrescue.auth.SettingsFileException;
import io.recordingrescue.cli.CliEnvironment;
import io.recordingrescue.cli.Interrupts;
import io.recordingrescue.restore.Journal;
import io.recordingrescue.settings.AppFolders;
import io.recordingrescue.settings.EffectiveSettings;
import io.recordingrescue.ui.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window resolves settings and folders as the CLI does, and never overwrites a bad file. */
class WindowSettingsTest {
  @TempDir Path dataDir;

  private AppFolders folders() {
    return AppFolders.resolve(
        Map.of(AppFolders.DATA_DIR_ENV, dataDir.toString()),
        Map.of("os.name", "Linux", "user.home", dataDir.resolve("home").toString()));
  }

  private Path userSettings() {
    return dataDir.resolve(AppFolders.SETTINGS_FILE_NAME);
  }

  private SignInServices webex(Map<String, String> env) {
    return SignInServices.webex(
        folders(),
        env,
        BrowserOpener.printingTo(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)),
        Messages.load(Locale.ENGLISH));
  }

  @Test
  void theWindowUsesTheSameOrderAsTheCli() throws IOException {
    Files.writeString(userSettings(), "webex.apiBaseUrl=https://file.example.com/v1\n");

    try (SignInServices fromFile = webex(Map.of());
        SignInServices fromEnv =
            webex(Map.of(EffectiveSettings.API_BASE_ENV, "https://env.example.com/v1/"))) {
      assertThat(fromFile.currentSettings().apiBaseUrl())
          .isEqualTo(URI.create("https://file.example.com/v1"));
      assertThat(fromFile.describeApiBase()).contains("from " + userSettings());
      assertThat(fromEnv.currentSettings().apiBaseUrl())
          .isEqualTo(URI.create("https://env.example.com/v1"));
      assertThat(fromEnv.describeApiBase()).contains("from WEBEX_API_BASE");
    }
  }

  @Test
  void theWindowsJournalIsTheOneTheCliReads() {
    // Surefire sets -Drecordingrescue.dataDir; both front ends must follow it to one folder.
    Map<String, String> properties = new HashMap<>();
    System.getProperties().forEach((k, v) -> properties.put(k.toString(), v.toString()));
    CliEnvironment cli =
        new CliEnvironment(
            InputStream.nullInputStream(),
            System.out,
            System.err,
            System.getenv(),
            false,
            Interrupts.shutdownHooks(Duration.ofSeconds(1)),
            Clock.systemUTC(),
            properties);

    Path window = AppWiring.RestoreSetup.defaults(Clock.systemUTC()).journal().dir();

    assertThat(window).isEqualTo(Journal.folderIn(cli.dataDir()));
    assertThat(cli.folders().dataDir().source()).isEqualTo("-D" + AppFolders.DATA_DIR_PROPERTY);
  }

  @Test
  void tokensLiveInTheSameDataFolderAsTheCliUses() {
    try (SignInServices services = webex(Map.of())) {
      assertThat(services.tokenStore()).isInstanceOf(FileTokenStore.class);
      assertThat(((FileTokenStore) services.tokenStore()).file())
          .isEqualTo(dataDir.resolve(FileTokenStore.FILE_NAME));
    }
  }

  @Test
  void savingInTheWindowKeepsTheEnvironmentsApiBaseOutOfTheFile() throws IOException {
    Files.writeString(userSettings(), "webex.apiBaseUrl=https://file.example.com/v1\n");

    try (SignInServices services =
        webex(Map.of(EffectiveSettings.API_BASE_ENV, "https://env.example.com/v1"))) {
      AuthSettings edited = services.currentSettings().withClient("my-client", "my-secret");
      services.settings().save(edited);

      assertThat(services.currentSettings()).isEqualTo(edited);
      String saved = Files.readString(userSettings());
      assertThat(saved)
          .contains("webex.clientId=my-client")
          .contains("file.example.com")
          .doesNotContain("env.example.com");
    }
  }

  @Test
  void aBadFileIsShownOnTheSignInScreenAndNeverOverwritten() throws IOException {
    String text = "webex.clientId=mine\nwebex.tokenUri=https://sso.example.com/token\n";
    Files.writeString(userSettings(), text);

    try (SignInServices services = webex(Map.of())) {
      assertThat(services.gateway().startupProblem())
          .hasValueSatisfying(
              problem ->
                  assertThat(problem)
                      .contains(userSettings().toString())
                      .contains("key webex.tokenUri")
                      .contains("did you mean webex.tokenUrl?"));
      assertThat(services.currentSettings()).isEqualTo(AuthSettings.webexDefaults());

      assertThatThrownBy(
              () ->
                  services
                      .settings()
                      .save(AuthSettings.webexDefaults().withClient("other", "secret")))
          .isInstanceOf(SettingsFileException.class)
          .hasMessageContaining(userSettings().toString());
    }
    assertThat(Files.readString(userSettings())).isEqualTo(text);
  }
}
