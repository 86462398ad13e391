package io.recordingrescue.restore;

import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.ListScope;

/** Which recycle bin a job looks at, and how that is written into (and read from) its journal. */
final class BinScopes {

  private BinScopes() {}

  /** Restore-all jobs look at their owner's bin; jobs by ids at the bin the caller named. */
  static ListScope scopeFor(RestoreTarget target, ListScope binScope) {
    if (target instanceof RestoreTarget.AllForOwner owner) {
      return ListScope.owner(owner.owner());
    }
    if (target instanceof RestoreTarget.AllMine) {
      return ListScope.mine();
    }
    return binScope == null ? ListScope.mine() : binScope;
  }

  static String text(ListScope scope) {
    if (scope instanceof ListScope.Owner owner) {
      return "owner:" + owner.email().value();
    }
    return scope instanceof ListScope.Org ? "org" : "mine";
  }

  /** Journals written before scopes were recorded have none: those jobs looked at "mine". */
  static ListScope parse(String text) {
    if (text == null || text.equals("mine")) {
      return ListScope.mine();
    }
    if (text.equals("org")) {
      return ListScope.org();
    }
    if (text.startsWith("owner:")) {
      return ListScope.owner(EmailAddress.parse(text.substring("owner:".length())));
    }
    throw new JournalException("The journal names an unknown bin scope: " + text, null);
  }
}
