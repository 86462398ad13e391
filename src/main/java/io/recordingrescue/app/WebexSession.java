package io.recordingrescue.app;

import io.recordingrescue.webex.Person;
import io.recordingrescue.webex.WebexClient;
import java.time.Clock;

/**
 * A session opened by a sign-in: the client (whose token source is the app's token manager), who
 * the operator is ({@code GET /people/me}) and whether the admin list answers (403 means user).
 * Holds nothing to release: the OkHttp client is shared and owned by {@link SignInServices}.
 */
record WebexSession(WebexClient client, Person me, boolean admin) implements Session {

  /** Asks Webex who this is and whether they are an admin. Blocking I/O: not on the FX thread. */
  static WebexSession open(WebexClient client, Clock clock) {
    Person me = client.me();
    return new WebexSession(client, me, AdminProbe.isAdmin(client, clock));
  }

  @Override
  public void close() {
    // The shared HTTP client outlives sessions (sign out, sign in again).
  }
}
