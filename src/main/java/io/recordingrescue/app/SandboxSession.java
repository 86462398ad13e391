package io.recordingrescue.app;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.Person;
import io.recordingrescue.webex.WebexClient;

/**
 * A session on an embedded sandbox, started in-process with seeded data. Blocking I/O: not on FX.
 */
public record SandboxSession(SandboxServer sandbox, WebexClient client, Person me, boolean admin)
    implements Session {

  /** Starts a sandbox with {@code config} and signs in with its admin (or user) token. */
  public static SandboxSession start(SandboxConfig config, boolean asAdmin) {
    SandboxServer server = SandboxServer.start(config);
    try {
      String token = asAdmin ? server.adminToken() : server.userToken();
      WebexClient client =
          WebexClient.builder(server.baseUrl(), AccessTokenSource.fixed(token)).build();
      return new SandboxSession(
          server, client, client.me(), AdminProbe.isAdmin(client, config.clock()));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
