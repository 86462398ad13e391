package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordingrescue.auth.BrowserOpener;
import io.recordingrescue.auth.InMemoryTokenStore;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.settings.AppFolders;
import io.recordingrescue.settings.Sourced;
import io.recordingrescue.ui.Messages;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** This run's services: Webex first, the sandbox once asked for, everything closed at the end. */
class RunServicesTest {
  @TempDir Path dir;

  private final Messages messages = Messages.load(Locale.ROOT);
  private final BrowserOpener noBrowser = url -> {};
  private int sandboxStarts;

  private SignInServices webex() {
    return SignInServices.webex(
        new AppFolders(
            new Sourced<>(dir.resolve("data"), "test"),
            new Sourced<>(dir.resolve("config/config.properties"), "test"),
            new Sourced<>(dir.resolve("machine/config.properties"), "test")),
        Map.of(),
        new InMemoryTokenStore(),
        noBrowser,
        messages);
  }

  private SignInServices sandbox() {
    sandboxStarts++;
    return SignInServices.sandbox(
        SandboxConfig.builder().seed(1).recordCount(10).ownerCount(2).build(),
        dir.resolve("sandbox/tokens.json"),
        noBrowser,
        Duration.ofSeconds(30),
        messages);
  }

  @Test
  void startsOnWebexAndSwitchesToTheSandboxOnceThenClosesIt() throws IOException {
    RunServices run = RunServices.webexOrSandbox(webex(), this::sandbox);
    assertThat(run.current().sandbox()).isEmpty();
    assertThat(run.canSwitchToSandbox()).isTrue();
    assertThat(sandboxStarts).isZero();

    run.switchToSandbox();
    run.switchToSandbox();

    assertThat(sandboxStarts).isEqualTo(1);
    assertThat(run.canSwitchToSandbox()).isFalse();
    URI sandboxApi = run.current().sandbox().orElseThrow().baseUrl();
    OkHttpClient http = new OkHttpClient();
    try (Response answer = get(http, sandboxApi)) {
      assertThat(answer.code()).as("the sandbox answers (401 without a token)").isEqualTo(401);
    }

    run.close();
    http.connectionPool().evictAll(); // a new connection, not a pooled one to the old server
    assertThatThrownBy(() -> get(http, sandboxApi).close())
        .as("closing the run stops the sandbox")
        .isInstanceOf(ConnectException.class);
    http.dispatcher().executorService().shutdown();
  }

  @Test
  void aFixedRunHasNoWayToSwitch() {
    try (RunServices run = RunServices.fixed(webex())) {
      assertThat(run.canSwitchToSandbox()).isFalse();
      assertThatThrownBy(run::switchToSandbox).isInstanceOf(IllegalStateException.class);
      assertThat(run.current().sandbox()).isEmpty();
    }
  }

  private static Response get(OkHttpClient http, URI api) throws IOException {
    return http.newCall(new Request.Builder().url(api + "/people/me").build()).execute();
  }
}
