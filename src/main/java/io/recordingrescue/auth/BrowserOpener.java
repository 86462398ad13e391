package io.recordingrescue.auth;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;

/** Shows the authorize URL to the operator: the system browser, or printed for a headless desk. */
@FunctionalInterface
public interface BrowserOpener {

  void open(URI authorizationUrl);

  /** Prints the URL for the operator to open (the CLI's {@code --no-browser}). */
  static BrowserOpener printingTo(PrintStream out) {
    return url -> {
      out.println("Open this address in a browser to sign in to Webex:");
      out.println(url);
    };
  }

  /** The system browser through {@link Desktop} when the desktop supports it, else prints. */
  static BrowserOpener system(PrintStream fallback) {
    BrowserOpener printing = printingTo(fallback);
    return url -> {
      try {
        if (!java.awt.GraphicsEnvironment.isHeadless()
            && Desktop.isDesktopSupported()
            && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
          Desktop.getDesktop().browse(url);
          return;
        }
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        System.getLogger(BrowserOpener.class.getName())
            .log(
                System.Logger.Level.INFO,
                "Could not open the browser ({0}); printing the address",
                e.getClass().getSimpleName());
      }
      printing.open(url);
    };
  }
}
