package io.recordingrescue.sandbox.oauth;

import static io.recordingrescue.sandbox.oauth.OAuthReplies.escape;
import static io.recordingrescue.sandbox.oauth.OAuthReplies.page;
import static io.recordingrescue.sandbox.oauth.OAuthReplies.redirect;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.recordingrescue.webex.FormPairs;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /v1/authorize}: GET checks the request and shows Accept and Deny; the form's POST
 * redirects to the client's loopback redirect URI with a code or {@code error=access_denied}.
 */
final class ConsentPage implements HttpHandler {

  private static final Set<String> ALLOWED_SCOPES =
      Set.of(
          "spark:recordings_read",
          "spark:recordings_write",
          "spark:people_read",
          "spark-admin:recordings_read",
          "spark-admin:recordings_write");

  private record PendingConsent(
      String clientId, String redirectUri, String state, String scope, String challenge) {}

  private final ClientCredentials client;
  private final AuthorizationCodes codes;
  private final RandomTokens random;
  private final Map<String, PendingConsent> consents = new ConcurrentHashMap<>();

  ConsentPage(ClientCredentials client, AuthorizationCodes codes, RandomTokens random) {
    this.client = client;
    this.codes = codes;
    this.random = random;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if ("POST".equals(exchange.getRequestMethod())) {
        decide(exchange);
        return;
      }
      if (!"GET".equals(exchange.getRequestMethod())) {
        page(exchange, 405, "Not allowed", "<p>Use GET.</p>");
        return;
      }
      ask(exchange, FormPairs.decode(exchange.getRequestURI().getRawQuery()));
    }
  }

  private void ask(HttpExchange exchange, Map<String, String> q) throws IOException {
    String redirectUri = q.getOrDefault("redirect_uri", "");
    // Problems with the client or redirect URI are shown here, never sent to the redirect URI.
    if (!client.isKnown(q.get("client_id"))) {
      page(exchange, 400, "Unknown integration", "<p>The client_id is not known here.</p>");
      return;
    }
    if (!isLoopbackHttp(redirectUri)) {
      page(exchange, 400, "Bad redirect", "<p>redirect_uri must be a loopback http URL.</p>");
      return;
    }
    String state = q.get("state");
    if (!"code".equals(q.get("response_type"))) {
      redirect(exchange, redirectUri, "error", "unsupported_response_type", state);
      return;
    }
    String challenge = q.get("code_challenge");
    if (challenge == null || !"S256".equals(q.get("code_challenge_method"))) {
      redirect(exchange, redirectUri, "error", "invalid_request", state);
      return;
    }
    String scope = q.getOrDefault("scope", "");
    for (String s : scope.split(" ")) {
      if (!s.isEmpty() && !ALLOWED_SCOPES.contains(s)) {
        redirect(exchange, redirectUri, "error", "invalid_scope", state);
        return;
      }
    }
    String consentId = random.next();
    consents.put(
        consentId, new PendingConsent(client.clientId(), redirectUri, state, scope, challenge));
    page(
        exchange,
        200,
        "Sandbox sign-in",
        "<p>Recording Rescue asks for: "
            + escape(scope)
            + "</p><form method=\"post\" action=\""
            + SandboxOAuthEndpoints.AUTHORIZE_PATH
            + "\"><input type=\"hidden\" name=\"consent\" value=\""
            + consentId
            + "\"><button name=\"decision\" value=\"accept\">Accept</button>"
            + " <button name=\"decision\" value=\"deny\">Deny</button></form>");
  }

  private void decide(HttpExchange exchange) throws IOException {
    Map<String, String> form = FormData.ofBody(exchange);
    PendingConsent consent = consents.remove(form.getOrDefault("consent", ""));
    if (consent == null) {
      page(exchange, 400, "Expired", "<p>This consent page is no longer valid.</p>");
      return;
    }
    if (!"accept".equals(form.get("decision"))) {
      redirect(exchange, consent.redirectUri(), "error", "access_denied", consent.state());
      return;
    }
    String code =
        codes.issue(
            consent.clientId(), consent.redirectUri(), consent.scope(), consent.challenge());
    redirect(exchange, consent.redirectUri(), "code", code, consent.state());
  }

  /** Only a loopback http URI may receive codes: the app listens on 127.0.0.1 for them. */
  private static boolean isLoopbackHttp(String uri) {
    try {
      URI u = URI.create(uri);
      if (!"http".equals(u.getScheme()) || u.getHost() == null) {
        return false;
      }
      String host = u.getHost();
      if (host.equals("localhost")) {
        return true;
      }
      // Literal addresses only, so that checking never waits for a name lookup.
      return host.matches("[0-9.]+|\\[[0-9a-fA-F:]+\\]")
          && InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (IllegalArgumentException | UnknownHostException e) {
      return false;
    }
  }
}
