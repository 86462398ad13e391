package io.recordingrescue.restore;

import io.recordingrescue.webex.RestoreRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * A checked job: the ids to restore (trimmed, valid, unique, in the order given), the inputs that
 * are not recording ids (they end as {@link FinalState#FAILED} without being sent) and how many
 * duplicates were dropped. Restore-all targets have no ids.
 */
public record RestorePlan(
    RestoreTarget target, List<String> ids, List<RejectedId> rejected, int duplicatesRemoved) {

  public RestorePlan {
    ids = List.copyOf(ids);
    rejected = List.copyOf(rejected);
  }

  /** An input that cannot be a recording id, and why. */
  public record RejectedId(String input, String reason) {}

  public boolean restoreAll() {
    return !(target instanceof RestoreTarget.ByIds);
  }

  /** The ids cut into requests of at most {@link RestoreRequest#MAX_IDS}. */
  public List<List<String>> batches() {
    return batches(ids);
  }

  static List<List<String>> batches(List<String> ids) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += RestoreRequest.MAX_IDS) {
      out.add(List.copyOf(ids.subList(i, Math.min(ids.size(), i + RestoreRequest.MAX_IDS))));
    }
    return out;
  }
}
