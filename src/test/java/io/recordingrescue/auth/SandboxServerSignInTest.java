package io.recordingrescue.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.oauth.SandboxOAuthEndpoints;
import java.net.URI;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The sign-in endpoints installed on the real sandbox: the tokens work against its API. */
class SandboxServerSignInTest {

  @Test
  void aSandboxSignInGivesTokensTheSandboxApiAcceptsAndRefreshes() throws Exception {
    try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults())) {
      SandboxOAuthEndpoints endpoints =
          SandboxOAuthEndpoints.installOn(
              sandbox, "demo-client", "demo-secret", SandboxOAuthEndpoints.Lifetimes.webexLike());
      URI root = sandbox.baseUrl().resolve("/");
      AuthSettings settings =
          new AuthSettings(
              "demo-client",
              "demo-secret",
              SandboxFixture.freePort(),
              ScopeSet.ADMIN,
              sandbox.baseUrl(),
              root.resolve(SandboxOAuthEndpoints.AUTHORIZE_PATH),
              root.resolve(SandboxOAuthEndpoints.TOKEN_PATH));
      try (OAuthTokenClient client = new OAuthTokenClient(settings, sandbox.config().clock())) {
        TokenSet tokens =
            new SignInFlow(client, BrowserStub.accepting(), Duration.ofSeconds(30), Runnable::run)
                .start()
                .await();
        TokenManager manager =
            new TokenManager(client, new InMemoryTokenStore(), sandbox.config().clock());
        manager.signedIn(tokens);

        assertThat(peopleMe(sandbox, manager.currentToken())).isEqualTo(200);
        sandbox.tokens().revoke(tokens.accessToken());
        assertThat(peopleMe(sandbox, tokens.accessToken())).isEqualTo(401);

        String refreshed = manager.refreshAfterRejection(tokens.accessToken()).orElseThrow();
        assertThat(peopleMe(sandbox, refreshed)).isEqualTo(200);
        assertThat(sandbox.tokens().grant(refreshed).orElseThrow().email())
            .isEqualTo(sandbox.adminEmail());
        assertThat(endpoints.refreshGrantRequests()).isEqualTo(1);
      }
    }
  }

  private static int peopleMe(SandboxServer sandbox, String token) throws Exception {
    Request request =
        new Request.Builder()
            .url(sandbox.baseUrl() + "/people/me")
            .header("Authorization", "Bearer " + token)
            .build();
    try (Response response = new OkHttpClient().newCall(request).execute()) {
      return response.code();
    }
  }
}
