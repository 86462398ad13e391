package io.recordingrescue.app;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.Person;
import io.recordingrescue.webex.WebexClient;
import java.time.Clock;

/**
 * A session on an embedded sandbox, started in-process with seeded data. Blocking I/O: not on FX.
 */
public final class SandboxSession implements Session {
  private final SandboxServer sandbox;
  private final WebexClient client;
  private final Person me;
  private final boolean admin;

  private SandboxSession(SandboxServer sandbox, boolean asAdmin, Clock clock) {
    this.sandbox = sandbox;
    String token = asAdmin ? sandbox.adminToken() : sandbox.userToken();
    this.client = WebexClient.builder(sandbox.baseUrl(), AccessTokenSource.fixed(token)).build();
    this.me = client.me();
    this.admin = AdminProbe.isAdmin(client, clock);
  }

  /** Starts a sandbox with {@code config} and signs in with its admin (or user) token. */
  public static SandboxSession start(SandboxConfig config, boolean asAdmin) {
    SandboxServer server = SandboxServer.start(config);
    try {
      return new SandboxSession(server, asAdmin, config.clock());
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  public SandboxServer sandbox() {
    return sandbox;
  }

  @Override
  public WebexClient client() {
    return client;
  }

  @Override
  public Person me() {
    return me;
  }

  @Override
  public boolean admin() {
    return admin;
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
