package io.recordingrescue.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;

class ImmediateRepliesTest {

  /** The listener is registered and ran before any test: sandbox replies are not held by Nagle. */
  @Test
  void theTestRunAsksTheJdkServerForNoDelayBeforeAnySandboxStarts() {
    assertThat(System.getProperty(SandboxServer.NO_DELAY_PROPERTY)).isEqualTo("true");
  }
}
