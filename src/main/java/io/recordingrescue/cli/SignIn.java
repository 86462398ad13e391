package io.recordingrescue.cli;

import io.recordingrescue.webex.AccessTokenSource;
import java.io.PrintStream;
import java.util.Optional;

/** The stored sign-in the CLI shares with the window: used when {@code WEBEX_TOKEN} is not set. */
public interface SignIn {

  /** The saved sign-in, refreshed as needed; empty when nobody is signed in. */
  Optional<AccessTokenSource> stored();

  /**
   * Signs in with the browser (or prints the URL to open when {@code openBrowser} is false) and
   * saves the result. Throws {@link CliException} when sign-in is not possible.
   */
  void login(boolean openBrowser, PrintStream out) throws InterruptedException;

  /** Forgets the saved sign-in; true when there was one. */
  boolean logout();

  /** For builds or machines where no integration is configured. */
  SignIn NOT_CONFIGURED =
      new SignIn() {
        @Override
        public Optional<AccessTokenSource> stored() {
          return Optional.empty();
        }

        @Override
        public void login(boolean openBrowser, PrintStream out) {
          throw CliException.badInput(
              "Sign-in is not configured on this machine; set WEBEX_TOKEN to a Webex access"
                  + " token instead.");
        }

        @Override
        public boolean logout() {
          return false;
        }
      };
}
