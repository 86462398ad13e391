package io.recordingrescue.testsupport;

import io.recordingrescue.sandbox.SandboxServer;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The test run's entry point for process settings: before any test starts a sandbox, the JDK's HTTP
 * server is asked to send replies at once (see {@link SandboxServer#preferImmediateReplies()}).
 * Registered in {@code META-INF/services}.
 */
public final class ImmediateReplies implements LauncherSessionListener {
  @Override
  public void launcherSessionOpened(LauncherSession session) {
    SandboxServer.preferImmediateReplies();
  }
}
