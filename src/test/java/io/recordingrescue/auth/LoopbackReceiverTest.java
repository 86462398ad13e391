package io.recordingrescue.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordingrescue.testsupport.LogCapture;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class LoopbackReceiverTest {

  private final OkHttpClient http = new OkHttpClient();

  private Response get(int port, String pathAndQuery) throws IOException {
    return http.newCall(
            new Request.Builder().url("http://127.0.0.1:" + port + pathAndQuery).build())
        .execute();
  }

  @Test
  void listensOnLoopbackOnlyAndAcceptsExactlyOneCallback() throws Exception {
    int port = SandboxFixture.freePort();
    try (LoopbackReceiver receiver = LoopbackReceiver.start(port, "s1", Duration.ofSeconds(30))) {
      assertThat(receiver.address().getAddress().isLoopbackAddress()).isTrue();
      assertThat(receiver.address().getPort()).isEqualTo(port);
      try (Response wrongPath = get(port, "/other?code=c&state=s1")) {
        assertThat(wrongPath.code()).isEqualTo(404);
      }
      try (Response ok = get(port, "/callback?code=the-code&state=s1")) {
        assertThat(ok.code()).isEqualTo(200);
        assertThat(ok.body().string()).contains("You can close this tab");
      }
      assertThat(receiver.code().get(5, TimeUnit.SECONDS)).isEqualTo("the-code");
    }
    SignInFlowSandboxTest.assertPortFreedSoon(port);
  }

  @Test
  void strayCallbacksGetA400PageAndTheRealAnswerStillSignsIn() throws Exception {
    int port = SandboxFixture.freePort();
    try (LoopbackReceiver receiver =
        LoopbackReceiver.start(port, "the-real-state", Duration.ofSeconds(30))) {
      for (String stray :
          new String[] {
            "/callback?code=stray-code-1&state=an-old-tab-state",
            "/callback?code=stray-code-2",
            "/callback?code=stray-code-3&state=",
            "/callback?error=access_denied&state=forged-state-4",
          }) {
        try (Response page = get(port, stray)) {
          assertThat(page.code()).as(stray).isEqualTo(400);
          assertThat(page.header("Content-Type")).startsWith("text/html");
          assertThat(page.body().string())
              .contains("was not started by Recording Rescue")
              .contains("You can close this tab")
              .doesNotContain("stray-code")
              .doesNotContain("an-old-tab-state")
              .doesNotContain("forged-state");
        }
        assertThat(receiver.code()).as("still waiting after " + stray).isNotDone();
      }
      try (Response malformed = get(port, "/callback?code=stray-code-5&state=%zz")) {
        assertThat(malformed.code()).isEqualTo(400);
      }
      assertThat(receiver.code()).isNotDone();
      try (Response ok = get(port, "/callback?code=the-code&state=the-real-state")) {
        assertThat(ok.code()).isEqualTo(200);
      }
      assertThat(receiver.code().get(5, TimeUnit.SECONDS)).isEqualTo("the-code");
    }
    SignInFlowSandboxTest.assertPortFreedSoon(port);
  }

  @Test
  void aStrayCallbackIsLoggedWithoutItsValues() throws Exception {
    int port = SandboxFixture.freePort();
    try (LogCapture log = new LogCapture();
        LoopbackReceiver receiver =
            LoopbackReceiver.start(port, "expected-state-77", Duration.ofSeconds(30))) {
      try (Response page = get(port, "/callback?code=leaked-code-42&state=wrong-state-99")) {
        assertThat(page.code()).isEqualTo(400);
      }
      try (Response page = get(port, "/callback?code=leaked-code-43")) {
        assertThat(page.code()).isEqualTo(400);
      }
      assertThat(log.text())
          .as("the stray callbacks are logged, with their reasons")
          .contains("Ignored a sign-in callback with a state that does not match")
          .contains("Ignored a sign-in callback with no state")
          .doesNotContain("leaked-code-42")
          .doesNotContain("leaked-code-43")
          .doesNotContain("wrong-state-99")
          .doesNotContain("expected-state-77");
      receiver.cancel();
      assertSignInEnds(receiver, 5, SignInException.Reason.CANCELLED);
    }
  }

  @Test
  void afterAStrayCallbackTheSignInEndsOnlyByTheTimeout() throws Exception {
    int port = SandboxFixture.freePort();
    try (LoopbackReceiver receiver = LoopbackReceiver.start(port, "s3", Duration.ofSeconds(2))) {
      try (Response page = get(port, "/callback?code=c&state=not-s3")) {
        assertThat(page.code()).isEqualTo(400);
      }
      assertSignInEnds(receiver, 10, SignInException.Reason.TIMED_OUT);
    }
    SignInFlowSandboxTest.assertPortFreedSoon(port);
  }

  @Test
  void invalidScopeIsExplainedInPlainWordsToTheBrowserAndTheApp() throws Exception {
    int port = SandboxFixture.freePort();
    try (LoopbackReceiver receiver = LoopbackReceiver.start(port, "s2", Duration.ofSeconds(30))) {
      try (Response page = get(port, "/callback?error=invalid_scope&state=s2")) {
        assertThat(page.code()).isEqualTo(400);
        assertThat(page.body().string()).contains("does not have them");
      }
      assertSignInEnds(receiver, 5, SignInException.Reason.INVALID_SCOPE)
          .hasMessageContaining("Ask your Webex admin");
    }
  }

  /**
   * The sign-in the receiver waits for ends within {@code seconds}, failed for {@code reason}; the
   * failure, for more checks.
   */
  private static AbstractThrowableAssert<?, ? extends Throwable> assertSignInEnds(
      LoopbackReceiver receiver, int seconds, SignInException.Reason reason) {
    return assertThatThrownBy(() -> receiver.code().get(seconds, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            SignInException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void unknownErrorCodesAreShownOnlyWhenTheyLookLikeCodes() {
    assertThat(LoopbackReceiver.providerError("server_error").getMessage())
        .contains("server_error");
    assertThat(LoopbackReceiver.providerError("<script>alert(1)</script>").getMessage())
        .doesNotContain("<script>")
        .contains("unrecognized error");
    assertThat(LoopbackReceiver.inWords(Duration.ofMinutes(5))).isEqualTo("5 minutes");
  }
}
