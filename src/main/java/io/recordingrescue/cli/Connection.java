package io.recordingrescue.cli;

import io.recordingrescue.settings.EffectiveSettings;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.ForbiddenException;
import io.recordingrescue.webex.ListQuery;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.RecordingValues;
import io.recordingrescue.webex.WebexBaseUrl;
import io.recordingrescue.webex.WebexClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A Webex client for one command, with the account's role detected once: the admin list answers for
 * an administrator and says 403 to a user.
 */
final class Connection {
  private final WebexClient client;
  private final Clock clock;
  private Role role;

  Connection(WebexClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  static Connection open(EffectiveSettings settings, CliEnvironment env, SignIn signIn) {
    // The settings were checked before looking for a token: a typo is bad input, not a sign-in
    // problem.
    var base = WebexBaseUrl.parse(settings.apiBase().value()).uri();
    String token = env.envOrNull(CliEnvironment.TOKEN_ENV);
    AccessTokenSource tokens =
        token != null
            ? AccessTokenSource.fixed(token)
            : signIn
                .stored()
                .orElseThrow(
                    () ->
                        CliException.signIn(
                            "Not signed in: set WEBEX_TOKEN to an access token or run `rescue"
                                + " login`."));
    WebexClient client =
        WebexClient.builder(base, tokens)
            .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60))
            .build();
    return new Connection(client, env.clock());
  }

  WebexClient client() {
    return client;
  }

  Clock clock() {
    return clock;
  }

  Role role() {
    if (role == null) {
      Instant now = clock.instant();
      try {
        client.listPage(
            ListScope.org(),
            new ListQuery(RecordingValues.STATUS_DELETED, now.minus(Duration.ofDays(1)), now, 1));
        role = Role.ADMIN;
      } catch (ForbiddenException e) {
        role = Role.USER;
      }
    }
    return role;
  }

  /**
   * The list scope for an optional owner: an administrator sees the org or one owner, a user only
   * their own recordings (naming an owner as a user is bad input).
   */
  ListScope scopeFor(EmailAddress owner) {
    Role detected = role();
    if (owner == null) {
      return detected == Role.ADMIN ? ListScope.org() : ListScope.mine();
    }
    if (detected != Role.ADMIN) {
      throw CliException.badInput(
          "--owner needs an administrator account; this token belongs to a user, who can only"
              + " see their own recordings (leave out --owner).");
    }
    return ListScope.owner(owner);
  }
}
