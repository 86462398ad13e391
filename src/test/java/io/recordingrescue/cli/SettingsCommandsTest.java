package io.recordingrescue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.settings.AppFolders;
import io.recordingrescue.testsupport.ClassSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The CLI reads the same settings files as the window, in the documented order. */
class SettingsCommandsTest {
  @RegisterExtension
  static final ClassSandbox sandbox =
      new ClassSandbox(SandboxConfig.builder().recordCount(20).ownerCount(2).build());

  private final ObjectMapper json = new ObjectMapper();
  @TempDir Path dataDir;

  /** The per-user settings file: inside the data folder, since the tests override that. */
  private Path userSettings() {
    return dataDir.resolve(AppFolders.SETTINGS_FILE_NAME);
  }

  private CliRun withToken(String token) {
    CliRun run = new CliRun(dataDir);
    run.env.put(CliEnvironment.TOKEN_ENV, token);
    return run;
  }

  @Test
  void listUsesTheApiBaseFromTheSettingsFileWhenNothingElseNamesOne() throws IOException {
    Files.writeString(userSettings(), "webex.apiBaseUrl=" + sandbox.server().baseUrl() + "\n");

    CliRun.Result r = withToken(sandbox.server().userToken()).run("list", "--format", "json");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains(sandbox.server().userEmail());
  }

  @Test
  void whoamiJsonShowsWhereEachValueCameFrom() throws Exception {
    Files.writeString(
        userSettings(),
        "webex.apiBaseUrl=https://unused.example.com/v1\nwebex.clientId=my-client\n");
    CliRun run = withToken(sandbox.server().adminToken());
    run.env.put(CliEnvironment.API_BASE_ENV, sandbox.server().baseUrl().toString());

    CliRun.Result r = run.run("whoami", "--format", "json");

    assertThat(r.code()).as(r.toString()).isZero();
    JsonNode out = json.readTree(r.out());
    assertThat(out.get("signedIn").asBoolean()).isTrue();
    assertThat(out.get("email").asText()).isEqualTo(sandbox.server().adminEmail());
    assertThat(out.at("/apiBase/value").asText()).isEqualTo(sandbox.server().baseUrl().toString());
    assertThat(out.at("/apiBase/source").asText()).isEqualTo("WEBEX_API_BASE");
    assertThat(out.at("/dataDir/value").asText())
        .isEqualTo(dataDir.toAbsolutePath().normalize().toString());
    assertThat(out.at("/dataDir/source").asText()).isEqualTo(AppFolders.DATA_DIR_ENV);
    assertThat(out.at("/userSettingsFile/value").asText())
        .isEqualTo(userSettings().toAbsolutePath().normalize().toString());
    assertThat(out.at("/clientId/value").asText()).isEqualTo("my-client");
    assertThat(out.at("/clientId/source").asText())
        .isEqualTo(userSettings().toAbsolutePath().normalize().toString());
    assertThat(out.at("/clientSecret/value").asText()).isEqualTo("(not set)");
    assertThat(out.at("/redirectPort/source").asText()).isEqualTo("default");
  }

  @Test
  void theOptionWinsOverTheEnvironmentAndTheFile() throws Exception {
    Files.writeString(userSettings(), "webex.apiBaseUrl=https://file.example.com/v1\n");
    CliRun run = withToken(sandbox.server().userToken());
    run.env.put(CliEnvironment.API_BASE_ENV, "https://env.example.com/v1");

    CliRun.Result r =
        run.run("whoami", "--format", "json", "--api-base", sandbox.server().baseUrl().toString());

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(json.readTree(r.out()).at("/apiBase/source").asText()).isEqualTo("--api-base");
  }

  @Test
  void whoamiShowsTheSettingsAndThenSaysNotSignedIn() throws Exception {
    CliRun run = new CliRun(dataDir);
    run.signIn = SignIn.NOT_CONFIGURED;

    CliRun.Result asJson = run.run("whoami", "--format", "json");
    CliRun.Result asText = run.run("whoami");

    assertThat(asJson.code()).as(asJson.toString()).isEqualTo(ExitCode.SIGN_IN);
    JsonNode out = json.readTree(asJson.out());
    assertThat(out.get("signedIn").asBoolean()).isFalse();
    assertThat(out.at("/apiBase/value").asText()).isEqualTo("https://webexapis.com/v1");
    assertThat(out.at("/apiBase/source").asText()).isEqualTo("default");
    assertThat(asJson.err()).contains("Not signed in");
    assertThat(asText.code()).isEqualTo(ExitCode.SIGN_IN);
    assertThat(asText.out())
        .contains("Not signed in.")
        .contains("API https://webexapis.com/v1 (from default)")
        .contains("Data folder " + dataDir.toAbsolutePath().normalize());
  }

  @Test
  void anHttpApiBaseInTheFileIsBadInputNamingFileAndKeyAndTheFileIsKept() throws IOException {
    String text = "webex.apiBaseUrl=http://proxy.example.com/v1\n";
    Files.writeString(userSettings(), text);

    CliRun.Result r = withToken(sandbox.server().userToken()).run("list");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err())
        .contains(userSettings().toAbsolutePath().normalize().toString())
        .contains("key webex.apiBaseUrl")
        .contains("https://");
    assertThat(Files.readString(userSettings())).isEqualTo(text);
  }

  @Test
  void anUnknownKeyIsBadInputEvenForWhoami() throws IOException {
    Files.writeString(userSettings(), "webex.clientID=typo\n");

    CliRun.Result r = withToken(sandbox.server().userToken()).run("whoami");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("key webex.clientID").contains("did you mean webex.clientId?");
  }

  @Test
  void aContradictoryFileIsBadInputForTheStoredSignInToo() throws IOException {
    Files.writeString(userSettings(), "webex.scope=user\nwebex.scope=admin\n");
    CliRun run = new CliRun(dataDir);
    run.env.put(CliEnvironment.API_BASE_ENV, sandbox.server().baseUrl().toString());

    CliRun.Result r = run.run("list");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("key webex.scope").contains("more than once");
  }

  @Test
  void aBadApiBaseVariableIsBadInputNamingTheVariable() {
    CliRun run = withToken(sandbox.server().userToken());
    run.env.put(CliEnvironment.API_BASE_ENV, "http://api.example.com/v1");

    CliRun.Result r = run.run("list");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("WEBEX_API_BASE").contains("https");
  }

  @Test
  void loginNamesTheSettingsFileInTheDataFolder() {
    CliRun.Result r = new CliRun(dataDir).run("login", "--no-browser");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains(userSettings().toAbsolutePath().normalize().toString());
  }
}
