package io.recordingrescue.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInFlowSandboxTest {

  private SandboxFixture sandbox;
  private OAuthTokenClient client;
  private int redirectPort;

  @BeforeEach
  void setUp() throws IOException {
    sandbox = new SandboxFixture();
    redirectPort = SandboxFixture.freePort();
    client = new OAuthTokenClient(sandbox.settings(redirectPort), sandbox.clock);
  }

  @AfterEach
  void tearDown() {
    client.close();
    sandbox.close();
  }

  private SignInFlow flow(BrowserOpener browser, Duration timeout) {
    return new SignInFlow(client, browser, timeout, Runnable::run);
  }

  @Test
  void acceptingConsentGivesTokensWithAbsoluteExpiryAndAClosingPage() throws Exception {
    BrowserStub browser = BrowserStub.accepting();

    TokenSet tokens = flow(browser, Duration.ofSeconds(30)).start().await();

    assertThat(sandbox.issued).containsExactly(tokens.accessToken());
    assertThat(tokens.refreshToken()).isNotBlank();
    assertThat(tokens.accessExpiresAt()).isEqualTo(sandbox.clock.instant().plusSeconds(3600));
    assertThat(tokens.refreshExpiresAt()).isEqualTo(sandbox.clock.instant().plusSeconds(86400));
    assertThat(browser.callbackStatus).isEqualTo(200);
    assertThat(browser.callbackPage).contains("You can close this tab");
    assertThat(sandbox.endpoints.codeGrantRequests()).isEqualTo(1);
    assertPortFreedSoon(redirectPort);
  }

  @Test
  void theAuthorizeUrlCarriesPkceS256StateAndLeastPrivilegeScopes() {
    AuthorizationRequest request = client.newAuthorizationRequest();
    String url = request.authorizationUrl().toString();

    assertThat(url)
        .startsWith(sandbox.baseUrl() + "/v1/authorize?")
        .contains("code_challenge_method=S256")
        .contains("code_challenge=")
        .contains("state=" + request.state())
        .contains("scope=spark%3Arecordings_read%20spark%3Arecordings_write%20spark%3Apeople_read")
        .doesNotContain(request.codeVerifier())
        .doesNotContainIgnoringCase("purge")
        .doesNotContainIgnoringCase("delete");
    assertThat(client.newAuthorizationRequest().state()).isNotEqualTo(request.state());
  }

  @Test
  void denyingConsentIsReportedInPlainWords() {
    BrowserStub browser = BrowserStub.denying();

    SignInAttempt attempt = flow(browser, Duration.ofSeconds(30)).start();

    assertThatThrownBy(attempt::await)
        .isInstanceOfSatisfying(
            SignInException.class,
            e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.ACCESS_DENIED))
        .hasMessageContaining("not granted");
    assertThat(browser.callbackPage).contains("Sign-in failed").contains("not granted");
    assertThat(sandbox.endpoints.codeGrantRequests()).isZero();
  }

  @Test
  void aCallbackWithAnotherStateGetsA400AndTheRealAnswerStillSignsIn() throws Exception {
    BrowserStub stray =
        new BrowserStub(
            "accept", url -> url.newBuilder().setQueryParameter("state", "forged").build());

    SignInAttempt attempt = flow(stray, Duration.ofSeconds(30)).start();

    assertThat(stray.callbackStatus).isEqualTo(400);
    assertThat(stray.callbackPage).contains("was not started by Recording Rescue");
    assertThat(attempt.result()).as("still waiting for the real answer").isNotDone();
    assertThat(sandbox.endpoints.codeGrantRequests()).isZero();

    BrowserStub real = BrowserStub.accepting();
    real.open(attempt.authorizationUrl());
    TokenSet tokens = attempt.result().get(10, TimeUnit.SECONDS);

    assertThat(real.callbackStatus).isEqualTo(200);
    assertThat(sandbox.issued).containsExactly(tokens.accessToken());
    assertThat(sandbox.endpoints.codeGrantRequests()).isEqualTo(1);
    assertPortFreedSoon(redirectPort);
  }

  @Test
  void aCallbackWithoutStateGetsA400AndTheSignInWaitsUntilCancel() {
    BrowserStub stray =
        new BrowserStub(
            "accept", url -> url.newBuilder().removeAllQueryParameters("state").build());

    SignInAttempt attempt = flow(stray, Duration.ofSeconds(30)).start();

    assertThat(stray.callbackStatus).isEqualTo(400);
    assertThat(attempt.result()).isNotDone();
    attempt.cancel();
    assertThatThrownBy(attempt::await)
        .isInstanceOfSatisfying(
            SignInException.class,
            e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.CANCELLED));
    assertThat(sandbox.endpoints.codeGrantRequests()).isZero();
    assertPortFreedSoon(redirectPort);
  }

  @Test
  void theSandboxRejectsAWrongPkceVerifierWithInvalidGrant() throws Exception {
    AuthorizationRequest request = client.newAuthorizationRequest();
    BrowserStub browser = BrowserStub.accepting();
    try (LoopbackReceiver receiver =
        LoopbackReceiver.start(redirectPort, request.state(), Duration.ofSeconds(30))) {
      browser.open(request.authorizationUrl());
      String code = receiver.code().get(10, TimeUnit.SECONDS);

      assertThatThrownBy(() -> client.exchange(code, "a-wrong-verifier-" + "x".repeat(40)))
          .isInstanceOfSatisfying(
              SignInException.class,
              e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.TOKEN_REQUEST_REJECTED))
          .hasMessageContaining("invalid_grant")
          .hasNoCause();
      // The code was burnt by the failed attempt: single use, even with the right verifier.
      assertThatThrownBy(() -> client.exchange(code, request.codeVerifier()))
          .isInstanceOf(SignInException.class);
      assertThat(sandbox.issued).isEmpty();
    }
  }

  @Test
  void aWrongClientSecretIsRejected() throws Exception {
    AuthorizationRequest request = client.newAuthorizationRequest();
    try (LoopbackReceiver receiver =
            LoopbackReceiver.start(redirectPort, request.state(), Duration.ofSeconds(30));
        OAuthTokenClient wrongSecret =
            new OAuthTokenClient(
                sandbox.settings(redirectPort).withClient(SandboxFixture.CLIENT_ID, "not-it"),
                sandbox.clock)) {
      BrowserStub.accepting().open(request.authorizationUrl());
      String code = receiver.code().get(10, TimeUnit.SECONDS);

      assertThatThrownBy(() -> wrongSecret.exchange(code, request.codeVerifier()))
          .isInstanceOfSatisfying(
              SignInException.class,
              e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.TOKEN_REQUEST_REJECTED))
          .hasMessageContaining("invalid_client");
    }
  }

  @Test
  void aBusyPortIsNamedWithWhatToDo() throws IOException {
    try (ServerSocket busy = new ServerSocket(redirectPort, 0, InetAddress.getLoopbackAddress())) {
      assertThat(busy.isBound()).isTrue();
      assertThatThrownBy(() -> flow(BrowserStub.accepting(), Duration.ofSeconds(30)).start())
          .isInstanceOfSatisfying(
              SignInException.class,
              e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.PORT_IN_USE))
          .hasMessage(
              "Port "
                  + redirectPort
                  + " is in use; close the other program or change the redirect port in"
                  + " Settings.");
    }
  }

  @Test
  void noAnswerFromTheBrowserTimesOutAndFreesThePort() {
    SignInAttempt attempt = flow(url -> {}, Duration.ofMillis(300)).start();

    assertThatThrownBy(attempt::await)
        .isInstanceOfSatisfying(
            SignInException.class,
            e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.TIMED_OUT))
        .hasMessageContaining("Start the sign-in again");
    assertPortFreedSoon(redirectPort);
  }

  @Test
  void cancellingStopsWaitingAndFreesThePort() {
    SignInAttempt attempt = flow(url -> {}, Duration.ofMinutes(5)).start();

    attempt.cancel();

    assertThatThrownBy(attempt::await)
        .isInstanceOfSatisfying(
            SignInException.class,
            e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.CANCELLED));
    assertPortFreedSoon(redirectPort);
  }

  @Test
  void aMissingIntegrationSaysWhatToSetUp() {
    assertThatThrownBy(
            () -> new OAuthTokenClient(AuthSettings.webexDefaults(), sandbox.clock).close())
        .isInstanceOfSatisfying(
            SignInException.class,
            e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.NOT_CONFIGURED))
        .hasMessageContaining("client ID and client secret");
  }

  /** The receiver stops on its own thread; wait (bounded) until the port can be bound again. */
  static void assertPortFreedSoon(int port) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    IOException last = null;
    while (System.nanoTime() < deadline) {
      try (ServerSocket s = new ServerSocket(port, 0, InetAddress.getLoopbackAddress())) {
        assertThat(s.getLocalPort()).isEqualTo(port);
        return;
      } catch (IOException e) {
        last = e;
        try {
          Thread.sleep(20);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    throw new AssertionError("Port " + port + " was still in use", last);
  }
}
