package io.recordingrescue.ui;

import java.util.Objects;

/**
 * What the window says about where its data comes from. On the embedded sandbox the title and a
 * banner that cannot be closed say that nothing is real, so made-up recordings are never taken for
 * an organization's; on Webex they say nothing extra.
 */
public final class ModeNotice {
  /** The app's name, the window title on Webex; tests and screenshots look for it. */
  public static final String APP_TITLE = "Recording Rescue";

  private final Messages m;
  private final boolean sandbox;

  public ModeNotice(Messages messages, boolean sandbox) {
    this.m = Objects.requireNonNull(messages);
    this.sandbox = sandbox;
  }

  public boolean sandbox() {
    return sandbox;
  }

  /** The banner's text; empty on Webex (no banner). */
  public String bannerText() {
    return sandbox ? m.get("sandbox.notice") : "";
  }

  /** E.g. "Recording Rescue — Sandbox — sample data, nothing here is real". */
  public String windowTitle() {
    return sandbox
        ? m.format("sandbox.windowTitle", APP_TITLE, m.get("sandbox.notice"))
        : APP_TITLE;
  }
}
