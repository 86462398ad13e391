package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.UserContext;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.ListScope;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Whose bin a refresh lists: an admin picks the whole org or one owner, everyone else gets their
 * own.
 */
final class ScopeChoice {
  private final UserContext user;
  private final BooleanProperty wholeOrg = new SimpleBooleanProperty(true);
  private final StringProperty owner = new SimpleStringProperty("");

  ScopeChoice(UserContext user) {
    this.user = user;
    wholeOrg.set(user.admin());
  }

  /** The scope chosen now, or null when the owner e-mail is not valid. */
  ListScope scope() {
    if (!user.admin()) {
      return ListScope.mine();
    }
    if (wholeOrg.get()) {
      return ListScope.org();
    }
    return EmailAddress.isValid(owner.get())
        ? ListScope.owner(EmailAddress.parse(owner.get()))
        : null;
  }

  BooleanProperty wholeOrg() {
    return wholeOrg;
  }

  StringProperty owner() {
    return owner;
  }
}
