package io.recordingrescue.app;

import io.recordingrescue.webex.Person;
import io.recordingrescue.webex.WebexClient;

/**
 * A signed-in operator: the client to call Webex with, who they are and whether they may use the
 * admin list. The sandbox gives one at start; a sign-in screen will give one later.
 */
public interface Session extends AutoCloseable {
  WebexClient client();

  Person me();

  boolean admin();

  /** Releases what the session holds (the embedded sandbox, for one). */
  @Override
  void close();
}
