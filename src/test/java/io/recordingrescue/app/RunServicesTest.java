package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordingrescue.auth.BrowserOpener;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.ui.Messages;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
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
    return AppWindowFixture.webexServices(dir, noBrowser, messages);
  }

  private SignInServices sandbox() {
    sandboxStarts++;
    return AppWindowFixture.sandboxServices(
        SandboxConfig.builder().seed(1).recordCount(10).ownerCount(2).build(),
        dir.resolve("sandbox/tokens.json"),
        noBrowser,
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
  void aSandboxOnlyRunHasNoServicesUntilTheSandboxStartsOnce() {
    try (RunServices run = RunServices.sandboxLater(this::sandbox)) {
      assertThat(run.started()).isFalse();
      assertThat(run.current()).isNull();
      assertThat(run.canSwitchToSandbox()).as("no Webex screen to offer sample data on").isFalse();
      assertThat(sandboxStarts).as("nothing starts before the window asks").isZero();

      run.switchToSandbox();
      run.switchToSandbox();

      assertThat(run.started()).isTrue();
      assertThat(sandboxStarts).isEqualTo(1);
      assertThat(run.current().sandbox()).isPresent();
      assertThat(run.canSwitchToSandbox()).isFalse();
    }
  }

  @Test
  void webexServicesMakeNoHttpClientAndProbeNoKeychainUntilUsed() {
    SignInServices webex = webex();
    try (RunServices run = RunServices.fixed(webex)) {
      assertThat(webex.httpStarted()).isFalse();
      assertThat(run.current().currentSettings().apiBaseUrl().toString())
          .isEqualTo("https://webexapis.com/v1");
      assertThat(webex.httpStarted()).as("reading the settings needs no HTTP client").isFalse();
    }
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
