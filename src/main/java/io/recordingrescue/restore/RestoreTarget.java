package io.recordingrescue.restore;

import io.recordingrescue.webex.EmailAddress;
import java.util.List;
import java.util.Map;

/**
 * What a job restores: given ids, everything of one owner (admin), or everything of mine (user).
 */
public sealed interface RestoreTarget {

  /**
   * Ids as the operator gave them (the planner trims, validates and de-duplicates), with what is
   * known of where some of them are ({@code hints} by id; ids without one are looked for in the
   * whole bin).
   */
  record ByIds(List<String> ids, Map<String, IdHint> hints) implements RestoreTarget {
    public ByIds {
      ids = List.copyOf(ids);
      hints = hints == null ? Map.of() : Map.copyOf(hints);
    }

    /** Ids with nothing known of them. */
    public ByIds(List<String> ids) {
      this(ids, Map.of());
    }
  }

  /** Admin: {@code restoreAll} with {@code ownerEmail}. */
  record AllForOwner(EmailAddress owner) implements RestoreTarget {}

  /** User: {@code restoreAll} without an owner. */
  record AllMine() implements RestoreTarget {}
}
