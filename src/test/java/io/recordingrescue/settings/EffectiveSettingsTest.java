package io.recordingrescue.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordingrescue.auth.AuthSettings;
import io.recordingrescue.auth.AuthSettingsStore;
import io.recordingrescue.auth.SettingsFileException;
import io.recordingrescue.webex.InvalidRequestException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of the API base URL and the sources of every value. */
class EffectiveSettingsTest {
  @TempDir Path dir;

  private static final String OPTION = "https://option.example.com/v1";
  private static final String ENV = "https://env.example.com/v1";
  private static final String USER = "https://user.example.com/v1";
  private static final String MACHINE = "https://machine.example.com/v1";

  private AppFolders folders() {
    Path data = dir.resolve("data");
    return new AppFolders(
        new Sourced<>(data, AppFolders.DATA_DIR_ENV),
        new Sourced<>(data.resolve(AppFolders.SETTINGS_FILE_NAME), AppFolders.DATA_DIR_ENV),
        new Sourced<>(dir.resolve("etc").resolve(AppFolders.SETTINGS_FILE_NAME), "OS default"));
  }

  private Path userFile() {
    return folders().userSettingsFile().value();
  }

  private Path machineFile() {
    return folders().machineSettingsFile().value();
  }

  private void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** The settings with {@code --api-base option} and {@code WEBEX_API_BASE=env} (null: unset). */
  private EffectiveSettings resolve(String option, String env) {
    return EffectiveSettings.resolve(
        folders(), option, env == null ? Map.of() : Map.of(EffectiveSettings.API_BASE_ENV, env));
  }

  private void bothFilesNameAnApiBase() throws IOException {
    write(machineFile(), "webex.apiBaseUrl=" + MACHINE + "\nwebex.clientId=it-client\n");
    write(userFile(), "webex.apiBaseUrl=" + USER + "\n");
  }

  @Test
  void theOptionWinsOverEverything() throws IOException {
    bothFilesNameAnApiBase();

    EffectiveSettings s = resolve(OPTION, ENV);

    assertThat(s.apiBase()).isEqualTo(new Sourced<>(URI.create(OPTION), "--api-base"));
    assertThat(s.apiBaseOverridden()).isTrue();
  }

  @Test
  void thenTheEnvironmentVariable() throws IOException {
    bothFilesNameAnApiBase();

    EffectiveSettings s = resolve(null, ENV);

    assertThat(s.apiBase()).isEqualTo(new Sourced<>(URI.create(ENV), "WEBEX_API_BASE"));
    assertThat(s.fromFiles().apiBaseUrl()).isEqualTo(URI.create(USER));
  }

  @Test
  void thenTheUsersFile() throws IOException {
    bothFilesNameAnApiBase();

    EffectiveSettings s = resolve(null, " ");

    assertThat(s.apiBase()).isEqualTo(new Sourced<>(URI.create(USER), userFile().toString()));
    assertThat(s.apiBaseOverridden()).isFalse();
    assertThat(s.sourceOf(AuthSettingsStore.CLIENT_ID)).isEqualTo(machineFile().toString());
  }

  @Test
  void thenTheMachineWideFile() throws IOException {
    write(machineFile(), "webex.apiBaseUrl=" + MACHINE + "\n");
    write(userFile(), "webex.redirectPort=9100\n");

    EffectiveSettings s = resolve(null, null);

    assertThat(s.apiBase()).isEqualTo(new Sourced<>(URI.create(MACHINE), machineFile().toString()));
    assertThat(s.sourceOf(AuthSettingsStore.REDIRECT_PORT)).isEqualTo(userFile().toString());
  }

  @Test
  void thenTheDefault() {
    EffectiveSettings s = resolve(null, null);

    assertThat(s.apiBase()).isEqualTo(new Sourced<>(AuthSettings.WEBEX_API_BASE_URL, "default"));
    for (String key : AuthSettingsStore.KEYS) {
      assertThat(s.sourceOf(key)).as(key).isEqualTo("default");
    }
    assertThat(s.auth()).isEqualTo(AuthSettings.webexDefaults());
  }

  @Test
  void anOverrideNeverTouchesTheOtherEndpoints() throws IOException {
    write(userFile(), "webex.tokenUrl=https://sso.example.com/token\n");

    EffectiveSettings s = resolve(null, ENV);

    assertThat(s.auth().tokenUrl()).isEqualTo(URI.create("https://sso.example.com/token"));
    assertThat(s.auth().authorizeUrl()).isEqualTo(AuthSettings.WEBEX_AUTHORIZE_URL);
  }

  @Test
  void savingKeepsTheEnvironmentsApiBaseOutOfTheFile() throws IOException {
    write(userFile(), "webex.apiBaseUrl=" + USER + "\n");
    EffectiveSettings s = resolve(null, ENV);

    AuthSettings unchangedUrl = s.auth().withClient("id", "secret");
    assertThat(s.toSave(unchangedUrl).apiBaseUrl()).isEqualTo(URI.create(USER));
    assertThat(s.toSave(unchangedUrl).clientId()).isEqualTo("id");

    AuthSettings editedUrl =
        s.auth()
            .withEndpoints(
                URI.create("https://edited.example.com/v1"),
                s.auth().authorizeUrl(),
                s.auth().tokenUrl());
    assertThat(s.toSave(editedUrl)).isEqualTo(editedUrl);
  }

  @Test
  void aBadOverrideNamesWhereItCameFrom() {
    assertThatThrownBy(() -> resolve("http://api.example.com", null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith("--api-base: ")
        .hasMessageContaining("https");
    assertThatThrownBy(() -> resolve(null, "not a url"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith("WEBEX_API_BASE: ");
  }

  @Test
  void aBrokenFileIsReportedEvenWhenTheOptionDecidesTheApiBase() throws IOException {
    write(userFile(), "webex.apiBaseUrl=http://proxy.example.com/v1\n");

    assertThatThrownBy(() -> resolve(OPTION, null))
        .isInstanceOf(SettingsFileException.class)
        .hasMessageContaining(userFile().toString())
        .hasMessageContaining("key webex.apiBaseUrl");
  }
}
