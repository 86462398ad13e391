package io.recordingrescue.ui.signin;

/**
 * "Try it with sample data" on the Webex sign-in screen: switches this run to the embedded sandbox.
 * Two steps, because starting the sandbox is slow and showing its screen is UI work.
 */
public interface SampleDataSwitch {

  /** Starts the embedded sandbox (binds a loopback port, makes the data). Off the FX thread. */
  void startSandbox();

  /** Replaces this screen with the sandbox's sign-in screen. On the FX thread, after the start. */
  void showSandbox();
}
