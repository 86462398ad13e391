package io.recordingrescue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordingrescue.auth.AuthSettingsStore;
import io.recordingrescue.auth.FileTokenStore;
import io.recordingrescue.auth.TokenSet;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.testsupport.ClassSandbox;
import io.recordingrescue.webex.AccessTokenSource;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** whoami, login, logout, --help and the stored sign-in. */
class AccountCommandsTest {
  @RegisterExtension
  static final ClassSandbox sandbox =
      new ClassSandbox(SandboxConfig.builder().recordCount(10).ownerCount(2).build());

  @TempDir Path dataDir;

  @Test
  void whoamiDetectsAdminAndUser() throws Exception {
    ObjectMapper json = new ObjectMapper();
    CliRun.Result admin =
        new CliRun(dataDir)
            .api(sandbox.server().baseUrl().toString(), sandbox.server().adminToken())
            .run("whoami", "--format", "json");
    CliRun.Result user =
        new CliRun(dataDir)
            .api(sandbox.server().baseUrl().toString(), sandbox.server().userToken())
            .run("whoami");

    assertThat(admin.code()).as(admin.toString()).isZero();
    JsonNode a = json.readTree(admin.out());
    assertThat(a.get("email").asText()).isEqualTo(sandbox.server().adminEmail());
    assertThat(a.get("role").asText()).isEqualTo("admin");
    assertThat(a.get("tokenFrom").asText()).isEqualTo("WEBEX_TOKEN");
    assertThat(user.code()).isZero();
    assertThat(user.out()).contains(sandbox.server().userEmail()).contains(", user");
    assertThat(user.out()).doesNotContain(sandbox.server().userToken());
  }

  @Test
  void storedSignInIsUsedWithoutWebexToken() {
    FakeSignIn signIn = new FakeSignIn(sandbox.server().adminToken());
    CliRun run = new CliRun(dataDir).api(sandbox.server().baseUrl().toString(), null);
    run.signIn = signIn;

    CliRun.Result who = run.run("whoami");
    assertThat(who.code()).as(who.toString()).isZero();
    assertThat(who.out()).contains("administrator").contains("stored sign-in");

    CliRun.Result login = run.run("login", "--no-browser");
    assertThat(login.code()).isZero();
    assertThat(signIn.openedBrowser).isFalse();
    assertThat(login.out()).contains("https://sign-in.invalid/authorize");

    CliRun.Result logout = run.run("logout");
    assertThat(logout.code()).isZero();
    assertThat(logout.out()).contains("Signed out");
    CliRun.Result after = run.run("whoami");
    assertThat(after.code()).isEqualTo(ExitCode.SIGN_IN);
  }

  @Test
  void authSignInUsesTheSavedTokenFileAndLogoutRemovesIt() {
    AuthSettingsStore settings =
        new AuthSettingsStore(
            dataDir.resolve("machine.properties"), dataDir.resolve("user.properties"));
    FileTokenStore store = new FileTokenStore(dataDir.resolve(FileTokenStore.FILE_NAME));
    CliRun run = new CliRun(dataDir).api(sandbox.server().baseUrl().toString(), null);
    run.signIn = new AuthSignIn(settings, store, java.time.Clock.systemUTC());

    CliRun.Result before = run.run("whoami");
    assertThat(before.code()).isEqualTo(ExitCode.SIGN_IN);

    store.save(TokenSet.personal(sandbox.server().userToken()));
    CliRun.Result who = run.run("whoami");
    assertThat(who.code()).as(who.toString()).isZero();
    assertThat(who.out()).contains(sandbox.server().userEmail()).contains("stored sign-in");

    CliRun.Result login = run.run("login", "--no-browser");
    assertThat(login.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(login.err().lines()).hasSize(1);
    assertThat(login.err()).contains(AuthSettingsStore.CLIENT_ID).contains("WEBEX_TOKEN");

    assertThat(run.run("logout").out()).contains("Signed out");
    assertThat(store.load()).isEmpty();
    assertThat(run.run("whoami").code()).isEqualTo(ExitCode.SIGN_IN);
  }

  @Test
  void helpListsCommandsAndExitCodes() {
    CliRun.Result r = new CliRun(dataDir).run("--help");
    CliRun.Result none = new CliRun(dataDir).run();

    assertThat(r.code()).isZero();
    for (String command : Cli.COMMANDS) {
      assertThat(r.out()).contains("  " + command);
    }
    assertThat(r.out()).contains("Exit codes:").contains("bad usage").contains("sign-in needed");
    assertThat(none.code()).isEqualTo(ExitCode.BAD_INPUT);
    CliRun.Result sub = new CliRun(dataDir).run("restore", "--help");
    assertThat(sub.out()).contains("--ids-file").contains("Exit codes:");
  }

  /** A sign-in that hands out one token until logged out. */
  private static final class FakeSignIn implements SignIn {
    private String token;
    boolean openedBrowser = true;

    FakeSignIn(String token) {
      this.token = token;
    }

    @Override
    public Optional<AccessTokenSource> stored() {
      return Optional.ofNullable(token).map(AccessTokenSource::fixed);
    }

    @Override
    public void login(boolean openBrowser, PrintStream out) {
      openedBrowser = openBrowser;
      out.println("Open https://sign-in.invalid/authorize in a browser.");
    }

    @Override
    public boolean logout() {
      boolean had = token != null;
      token = null;
      return had;
    }
  }
}
