package io.recordingrescue.restore;

import io.recordingrescue.webex.EmailAddress;
import java.util.List;

/**
 * What a job restores: given ids, everything of one owner (admin), or everything of mine (user).
 */
public sealed interface RestoreTarget {

  /** Ids as the operator gave them (the planner trims, validates and de-duplicates). */
  record ByIds(List<String> ids) implements RestoreTarget {
    public ByIds {
      ids = List.copyOf(ids);
    }
  }

  /** Admin: {@code restoreAll} with {@code ownerEmail}. */
  record AllForOwner(EmailAddress owner) implements RestoreTarget {}

  /** User: {@code restoreAll} without an owner. */
  record AllMine() implements RestoreTarget {}
}
