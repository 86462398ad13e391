package io.recordingrescue.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.testsupport.LogCapture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs sign-ins and refreshes that succeed and fail, captures every log record (all levels, with
 * stack traces) and every message shown to the operator, and looks for each token, code, verifier
 * and secret that went over the wire.
 */
class NoSecretsInLogsTest {

  @TempDir Path dir;

  private final LogCapture logs = new LogCapture();

  @AfterEach
  void release() {
    logs.close();
  }

  @Test
  void aFullFlowWithFailuresLeavesNoSecretInLogsOrMessages() throws Exception {
    List<String> secrets = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    try (SandboxFixture sandbox = new SandboxFixture()) {
      int port = SandboxFixture.freePort();
      secrets.add(SandboxFixture.CLIENT_SECRET);
      try (OAuthTokenClient client = new OAuthTokenClient(sandbox.settings(port), sandbox.clock)) {
        // 1. A good sign-in, saved to the owner-only file.
        BrowserStub good = BrowserStub.accepting();
        TokenSet tokens =
            new SignInFlow(client, good, Duration.ofSeconds(30), Runnable::run).start().await();
        secrets.addAll(good.codesSeen);
        secrets.add(tokens.refreshToken());
        TokenManager manager =
            new TokenManager(client, new FileTokenStore(dir.resolve("tokens.json")), sandbox.clock);
        manager.addListener((state, message) -> shown.add(message));
        manager.signedIn(tokens);

        // 2. A wrong PKCE verifier.
        AuthorizationRequest request = client.newAuthorizationRequest();
        secrets.add(request.codeVerifier());
        String wrongVerifier = "wrong-verifier-" + "q".repeat(40);
        secrets.add(wrongVerifier);
        try (LoopbackReceiver receiver =
            LoopbackReceiver.start(port, request.state(), Duration.ofSeconds(30))) {
          BrowserStub browser = BrowserStub.accepting();
          browser.open(request.authorizationUrl());
          String code = receiver.code().get(10, TimeUnit.SECONDS);
          secrets.add(code);
          shown.add(failureText(() -> client.exchange(code, wrongVerifier)));
        }
        SignInFlowSandboxTest.assertPortFreedSoon(port);

        // 3. A forged state, then a denied consent.
        BrowserStub forged =
            new BrowserStub("accept", u -> u.newBuilder().setQueryParameter("state", "x").build());
        // The forged callback is answered with a 400 and ignored; the sign-in waits until Cancel.
        SignInAttempt forgedAttempt =
            new SignInFlow(client, forged, Duration.ofSeconds(30), Runnable::run).start();
        forgedAttempt.cancel();
        shown.add(failureText(forgedAttempt::await));
        secrets.addAll(forged.codesSeen);
        SignInFlowSandboxTest.assertPortFreedSoon(port);
        shown.add(
            failureText(
                new SignInFlow(client, BrowserStub.denying(), Duration.ofSeconds(30), Runnable::run)
                        .start()
                    ::await));

        // 4. A refresh that works, then one the server refuses.
        sandbox.expire(tokens.accessToken());
        manager.refreshAfterRejection(tokens.accessToken()).orElseThrow();
        sandbox.endpoints.revokeRefreshTokens();
        assertThat(manager.refreshAfterRejection(manager.currentToken())).isEmpty();
        shown.add(failureText(manager::currentToken));
      }
      // 5. A wrong client secret.
      try (OAuthTokenClient wrong =
          new OAuthTokenClient(
              sandbox.settings(port).withClient(SandboxFixture.CLIENT_ID, "wrong-secret-42"),
              sandbox.clock)) {
        secrets.add("wrong-secret-42");
        shown.add(
            failureText(() -> wrong.refresh(new TokenSet("a-token-1", "r-token-1", null, null))));
        secrets.add("a-token-1");
        secrets.add("r-token-1");
      }
      secrets.addAll(sandbox.issued);
    }

    String everything = logs.text() + "\n" + String.join("\n", shown);
    assertThat(logs.text()).as("the capture works").isNotEmpty();
    assertThat(everything)
        .contains("invalid_grant")
        .contains("SIGN_IN_NEEDED")
        .contains("Ignored a sign-in callback with a state that does not match")
        .contains("invalid_client");
    assertThat(secrets).hasSizeGreaterThan(8).doesNotContainNull();
    for (String secret : secrets) {
      assertThat(everything).as("no secret in logs or messages").doesNotContain(secret);
    }
  }

  /** Runs something that must fail and returns all the text its exception would show or log. */
  private static String failureText(ThrowingRunnable action) {
    try {
      action.run();
    } catch (Exception e) {
      StringWriter out = new StringWriter();
      e.printStackTrace(new PrintWriter(out));
      return e.getMessage() + "\n" + out;
    }
    throw new AssertionError("Expected a failure");
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
