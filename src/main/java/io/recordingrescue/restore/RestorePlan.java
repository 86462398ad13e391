package io.recordingrescue.restore;

import io.recordingrescue.webex.RestoreRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /** What the job was given of where its ids are, for the ids of the plan. */
  public Map<String, IdHint> hints() {
    Map<String, IdHint> out = new LinkedHashMap<>();
    if (target instanceof RestoreTarget.ByIds byIds && !byIds.hints().isEmpty()) {
      Map<String, IdHint> given = new LinkedHashMap<>();
      byIds.hints().forEach((id, h) -> given.put(id.strip(), h));
      for (String id : ids) {
        IdHint h = given.get(id);
        if (h != null) {
          out.put(id, h);
        }
      }
    }
    return out;
  }

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
