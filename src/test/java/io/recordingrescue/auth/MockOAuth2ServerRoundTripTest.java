package io.recordingrescue.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Code + PKCE + refresh against a real OAuth 2.0 server (mock-oauth2-server) on loopback, through
 * the app's own classes: ScribeJava API, loopback receiver, sign-in flow, token manager.
 */
class MockOAuth2ServerRoundTripTest {

  private static final String ISSUER = "webex";

  private MockOAuth2Server server;

  @BeforeEach
  void start() {
    server = new MockOAuth2Server(new Route[0]);
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    server.shutdown();
  }

  @Test
  void signInWithPkceThenRefresh() throws Exception {
    int redirectPort = SandboxFixture.freePort();
    AuthSettings settings =
        AuthSettings.webexDefaults()
            .withClient("round-trip-client", "round-trip-secret")
            .withRedirectPort(redirectPort)
            .withEndpoints(
                server.baseUrl().uri(),
                server.authorizationEndpointUrl(ISSUER).uri(),
                server.tokenEndpointUrl(ISSUER).uri());
    Clock clock = Clock.systemUTC();
    // No consent page here, a direct redirect. The mock is an OpenID Connect server and insists
    // on the openid scope, which Webex does not use: the "browser" adds it.
    BrowserStub browser =
        BrowserStub.accepting()
            .rewritingAuthorizeUrl(
                url ->
                    url.newBuilder()
                        .setQueryParameter("scope", url.queryParameter("scope") + " openid")
                        .build());

    try (OAuthTokenClient client = new OAuthTokenClient(settings, clock)) {
      TokenSet tokens =
          new SignInFlow(client, browser, Duration.ofSeconds(30), Runnable::run).start().await();

      assertThat(tokens.accessToken()).isNotBlank();
      assertThat(tokens.refreshToken()).isNotBlank();
      assertThat(tokens.accessExpiresAt()).isAfter(clock.instant());
      assertThat(browser.callbackPage).contains("You can close this tab");

      RecordedRequest authorize = takeRequestTo("/authorize");
      assertThat(authorize.getRequestUrl().queryParameter("code_challenge_method"))
          .isEqualTo("S256");
      assertThat(authorize.getRequestUrl().queryParameter("state")).isNotBlank();
      RecordedRequest tokenRequest = takeRequestTo("/token");
      String form = tokenRequest.getBody().readUtf8();
      assertThat(form)
          .contains("grant_type=authorization_code")
          .contains("code_verifier=")
          .contains("client_id=round-trip-client")
          .contains("client_secret=round-trip-secret");
      assertThat(tokenRequest.getHeader("Authorization")).isNull();

      InMemoryTokenStore store = new InMemoryTokenStore();
      TokenManager manager = new TokenManager(client, store, clock);
      manager.signedIn(tokens);
      String refreshed = manager.refreshAfterRejection(tokens.accessToken()).orElseThrow();

      assertThat(refreshed).isNotEqualTo(tokens.accessToken());
      assertThat(manager.currentToken()).isEqualTo(refreshed);
      assertThat(store.load()).map(TokenSet::accessToken).contains(refreshed);
      assertThat(takeRequestTo("/token").getBody().readUtf8())
          .contains("grant_type=refresh_token")
          .contains("client_secret=round-trip-secret");
    }
  }

  private RecordedRequest takeRequestTo(String pathSuffix) throws InterruptedException {
    for (int i = 0; i < 10; i++) {
      RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
      if (r == null) {
        break;
      }
      if (r.getRequestUrl() != null && r.getRequestUrl().encodedPath().endsWith(pathSuffix)) {
        return r;
      }
    }
    throw new AssertionError("No request to " + pathSuffix);
  }
}
