package io.recordingrescue.app;

import io.recordingrescue.webex.Person;
import io.recordingrescue.webex.WebexClient;

/**
 * A signed-in operator: the client to call Webex with, who they are and whether they may use the
 * admin list. A Webex sign-in opens one ({@link WebexSession}); so does starting the embedded
 * sandbox ({@link SandboxSession}).
 */
public interface Session extends AutoCloseable {
  WebexClient client();

  Person me();

  boolean admin();

  /** Releases what the session holds (the embedded sandbox, for one). */
  @Override
  void close();
}
