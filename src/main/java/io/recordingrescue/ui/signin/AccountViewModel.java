package io.recordingrescue.ui.signin;

import io.recordingrescue.auth.SignInState;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.ModeNotice;
import io.recordingrescue.ui.UserContext;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * "Who am I" in the main window, the one-click Sign out, and the banner that appears when the
 * sign-in expires during work (running jobs are kept; they wait for a new sign-in).
 */
public final class AccountViewModel {
  private final UserContext user;
  private final Messages m;
  private final Runnable signOut;
  private final Runnable signInAgain;
  private final ModeNotice notice;
  private final SimpleBooleanProperty expired = new SimpleBooleanProperty(false);
  private final SimpleStringProperty bannerText = new SimpleStringProperty("");

  /**
   * @param sandbox true when the session is on the embedded sandbox (title and banner say so)
   * @param signOut forgets the sign-in and shows the sign-in screen
   * @param signInAgain shows the sign-in screen over the window, keeping its jobs
   */
  public AccountViewModel(
      UserContext user,
      boolean sandbox,
      Messages messages,
      Runnable signOut,
      Runnable signInAgain) {
    this.user = Objects.requireNonNull(user);
    this.m = Objects.requireNonNull(messages);
    this.signOut = Objects.requireNonNull(signOut);
    this.signInAgain = Objects.requireNonNull(signInAgain);
    this.notice = new ModeNotice(messages, sandbox);
  }

  /** The non-dismissable banner's text on the sandbox; empty on Webex. */
  public String sandboxNotice() {
    return notice.bannerText();
  }

  /** The main window's title: says "Sandbox — sample data, nothing here is real" on the sandbox. */
  public String windowTitle() {
    return notice.windowTitle();
  }

  /** E.g. "Signed in as Ada Admin <ada@example.com> (administrator)". */
  public String whoAmI() {
    String who =
        user.email().isEmpty()
            ? user.displayName()
            : m.format("account.nameAndEmail", user.displayName(), user.email());
    return m.format("app.signedInAs", who, user.admin() ? 1 : 0);
  }

  public String email() {
    return user.email();
  }

  public ReadOnlyBooleanProperty sessionExpiredProperty() {
    return expired;
  }

  public ReadOnlyStringProperty bannerTextProperty() {
    return bannerText;
  }

  /** Fed from the token manager's listener, on the UI thread. */
  public void signInStateChanged(SignInState state, String message) {
    if (state == SignInState.SIGN_IN_NEEDED) {
      bannerText.set(m.get("account.expired"));
      expired.set(true);
    } else if (state == SignInState.SIGNED_IN) {
      expired.set(false);
      bannerText.set("");
    }
  }

  public void signOut() {
    signOut.run();
  }

  public void signInAgain() {
    signInAgain.run();
  }
}
