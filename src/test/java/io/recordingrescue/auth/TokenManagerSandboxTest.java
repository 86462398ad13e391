package io.recordingrescue.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordingrescue.webex.SignInRequiredException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token manager behind a real OkHttp client wired the way the webex client wires it: a bearer
 * interceptor calling {@code currentToken()} and an Authenticator calling {@code
 * refreshAfterRejection} on 401.
 */
class TokenManagerSandboxTest {

  private static final int CALLERS = 8;

  private SandboxFixture sandbox;
  private OAuthTokenClient client;
  private InMemoryTokenStore store;
  private TokenManager manager;
  private final List<String> signals = new CopyOnWriteArrayList<>();
  private OkHttpClient api;

  @BeforeEach
  void setUp() throws IOException {
    sandbox = new SandboxFixture();
    client = new OAuthTokenClient(sandbox.settings(SandboxFixture.freePort()), sandbox.clock);
    store = new InMemoryTokenStore();
    manager = new TokenManager(client, store, sandbox.clock);
    manager.addListener((state, message) -> signals.add(state + ": " + message));
    api =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain
                            .request()
                            .newBuilder()
                            .header("Authorization", "Bearer " + manager.currentToken())
                            .build()))
            .authenticator(
                (route, response) -> {
                  String sent =
                      response.request().header("Authorization").substring("Bearer ".length());
                  Optional<String> fresh = manager.refreshAfterRejection(sent);
                  return fresh
                      .map(
                          t ->
                              response
                                  .request()
                                  .newBuilder()
                                  .header("Authorization", "Bearer " + t)
                                  .build())
                      .orElse(null);
                })
            .build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    sandbox.close();
  }

  private void signIn() {
    try (var attempt =
        new AutoCloseableAttempt(
            new SignInFlow(client, BrowserStub.accepting(), Duration.ofSeconds(30), Runnable::run)
                .start())) {
      manager.signedIn(attempt.value.await());
    }
  }

  private int callPeopleMe() throws IOException {
    Request request = new Request.Builder().url(sandbox.baseUrl() + "/v1/people/me").build();
    try (Response response = api.newCall(request).execute()) {
      return response.code();
    }
  }

  private static final int REFUSED_BEFORE_SENDING = -1;

  private List<Integer> callConcurrently() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < CALLERS; i++) {
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  try {
                    return callPeopleMe();
                  } catch (SignInRequiredException e) {
                    // A caller that starts after the refresh was refused is stopped before sending.
                    return REFUSED_BEFORE_SENDING;
                  }
                }));
      }
      go.countDown();
      List<Integer> codes = new ArrayList<>();
      for (Future<Integer> f : results) {
        codes.add(f.get(30, TimeUnit.SECONDS));
      }
      return codes;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrent401sShareExactlyOneRefreshAndAllSucceed() throws Exception {
    signIn();
    String first = manager.currentToken();
    sandbox.expire(first);

    List<Integer> codes = callConcurrently();

    assertThat(codes).hasSize(CALLERS).containsOnly(200);
    assertThat(sandbox.endpoints.refreshGrantRequests()).isEqualTo(1);
    assertThat(manager.currentToken()).isNotEqualTo(first).isEqualTo(sandbox.issued.get(1));
    assertThat(store.load()).map(TokenSet::accessToken).contains(manager.currentToken());
    assertThat(signals).containsExactly("SIGNED_IN: Signed in to Webex.");
  }

  @Test
  void aRefusedRefreshMeansSignInAgainOnceForAllCallers() throws Exception {
    signIn();
    sandbox.expire(manager.currentToken());
    sandbox.endpoints.revokeRefreshTokens();

    List<Integer> codes = callConcurrently();

    assertThat(codes).hasSize(CALLERS).isSubsetOf(401, REFUSED_BEFORE_SENDING).contains(401);
    assertThat(sandbox.endpoints.refreshGrantRequests()).isEqualTo(1);
    assertThat(manager.state()).isEqualTo(SignInState.SIGN_IN_NEEDED);
    assertThat(signals)
        .hasSize(2)
        .last()
        .asString()
        .startsWith("SIGN_IN_NEEDED: ")
        .contains("invalid_grant")
        .contains("sign in again");
    assertThat(store.load()).isEmpty();
    assertThatThrownBy(manager::currentToken).isInstanceOf(SignInRequiredException.class);
  }

  @Test
  void theTokenIsRefreshedShortlyBeforeItExpires() throws Exception {
    signIn();
    String first = manager.currentToken();

    sandbox.clock.advance(Duration.ofMinutes(54)); // 6 minutes left: no refresh yet
    assertThat(manager.currentToken()).isEqualTo(first);
    assertThat(sandbox.endpoints.refreshGrantRequests()).isZero();

    sandbox.clock.advance(Duration.ofMinutes(2)); // 4 minutes left: refresh first
    String second = manager.currentToken();
    assertThat(second).isNotEqualTo(first);
    assertThat(sandbox.endpoints.refreshGrantRequests()).isEqualTo(1);
    assertThat(manager.currentToken()).isEqualTo(second);
    assertThat(sandbox.endpoints.refreshGrantRequests()).isEqualTo(1);
    assertThat(callPeopleMe()).isEqualTo(200);
  }

  @Test
  void anEarlyRefreshRefusedKeepsTheStillValidTokenThenAsksToSignIn() throws Exception {
    signIn();
    String first = manager.currentToken();
    sandbox.endpoints.revokeRefreshTokens();
    sandbox.clock.advance(Duration.ofMinutes(57));

    assertThat(manager.currentToken()).isEqualTo(first);
    assertThat(manager.state()).isEqualTo(SignInState.SIGNED_IN);

    sandbox.expire(first);
    assertThat(callPeopleMe()).isEqualTo(401);
    assertThat(manager.state()).isEqualTo(SignInState.SIGN_IN_NEEDED);
    assertThat(sandbox.endpoints.refreshGrantRequests()).isEqualTo(1);
  }

  @Test
  void aPersonalAccessTokenIsNotRefreshedAndNotKeptUnlessAsked() throws Exception {
    signIn();
    String pat = sandbox.issued.get(0);

    manager.usePersonalAccessToken(pat, false);
    assertThat(store.load()).isEmpty();
    assertThat(callPeopleMe()).isEqualTo(200);

    sandbox.expire(pat);
    assertThat(callPeopleMe()).isEqualTo(401);
    assertThat(sandbox.endpoints.refreshGrantRequests()).isZero();
    assertThat(manager.state()).isEqualTo(SignInState.SIGN_IN_NEEDED);

    manager.usePersonalAccessToken("kept-token", true);
    assertThat(store.load()).map(TokenSet::accessToken).contains("kept-token");
  }

  @Test
  void signOutForgetsTokensAndRestoreUsesTheSavedOnes() {
    signIn();
    TokenManager nextRun = new TokenManager(client, store, sandbox.clock);
    assertThat(nextRun.restoreSavedSignIn()).isTrue();
    assertThat(nextRun.currentToken()).isEqualTo(manager.currentToken());

    manager.signOut();

    assertThat(store.load()).isEmpty();
    assertThat(manager.state()).isEqualTo(SignInState.SIGNED_OUT);
    assertThatThrownBy(manager::currentToken)
        .isInstanceOf(SignInRequiredException.class)
        .hasMessageContaining("Sign in");
    assertThat(new TokenManager(client, store, sandbox.clock).restoreSavedSignIn()).isFalse();
  }

  /** Cancels an attempt that is still running when the test leaves early. */
  private record AutoCloseableAttempt(SignInAttempt value) implements AutoCloseable {
    @Override
    public void close() {
      if (!value.result().isDone()) {
        value.cancel();
      }
    }
  }
}
