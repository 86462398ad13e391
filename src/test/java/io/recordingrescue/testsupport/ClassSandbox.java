package io.recordingrescue.testsupport;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One sandbox for a whole test class: started before its first test, stopped after its last, its
 * request and restore logs emptied before each test. Register it on a static field:
 * {@code @RegisterExtension static final ClassSandbox sandbox = new ClassSandbox(config);}
 */
public final class ClassSandbox implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  private final SandboxConfig config;
  private SandboxServer server;

  public ClassSandbox(SandboxConfig config) {
    this.config = config;
  }

  /** The running sandbox (from before the class's first test on). */
  public SandboxServer server() {
    return server;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = SandboxServer.start(config);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server.clearLogs();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
  }
}
