package io.recordingrescue.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The strip across the top of a window on the sandbox. It has no close button, on purpose. */
public final class SandboxBanner {
  private SandboxBanner() {}

  /**
   * The banner with {@code text} ({@link ModeNotice#bannerText()}), or null when the text is empty
   * (on Webex: nothing to show).
   */
  public static Node of(String text) {
    if (text.isEmpty()) {
      return null;
    }
    Label label = new Label(text, new FontIcon("mdi2f-flask-outline"));
    label.setId("sandboxBannerText");
    label.setWrapText(true);
    HBox strip = new HBox(label);
    strip.setId("sandboxBanner");
    strip.getStyleClass().add("sandbox-banner");
    strip.setAlignment(Pos.CENTER_LEFT);
    strip.setPadding(new Insets(6, 10, 6, 10));
    strip.setMaxWidth(Double.MAX_VALUE);
    return strip;
  }
}
