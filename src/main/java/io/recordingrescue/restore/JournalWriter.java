package io.recordingrescue.restore;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one job's events to its {@link JournalFile}, each forced to disk before returning, so that
 * what the journal says happened did happen before the engine moves on. Thread-safe.
 */
public final class JournalWriter implements Closeable {
  private final JournalFile journal;

  JournalWriter(JournalFile journal) {
    this.journal = journal;
  }

  public Path file() {
    return journal.file();
  }

  void header(
      String jobId,
      String operator,
      RestoreTarget target,
      String scope,
      List<String> ids,
      List<RestorePlan.RejectedId> rejected,
      Map<String, IdHint> hints) {
    ObjectNode n = line("job");
    n.put("v", 1);
    n.put("jobId", jobId);
    n.put("operator", operator);
    n.put("scope", scope);
    ObjectNode t = n.putObject("target");
    if (target instanceof RestoreTarget.ByIds) {
      t.put("kind", "ids");
    } else if (target instanceof RestoreTarget.AllForOwner owner) {
      t.put("kind", "owner");
      t.put("owner", owner.owner().value());
    } else {
      t.put("kind", "mine");
    }
    ArrayNode a = n.putArray("ids");
    ids.forEach(a::add);
    ArrayNode r = n.putArray("rejected");
    for (RestorePlan.RejectedId rej : rejected) {
      r.addObject().put("input", rej.input()).put("reason", rej.reason());
    }
    if (!hints.isEmpty()) {
      ArrayNode h = n.putArray("hints");
      hints.forEach(
          (id, hint) -> {
            ObjectNode item =
                h.addObject().put("id", id).put("createTime", hint.createTime().toString());
            if (hint.ownerEmail() != null) {
              item.put("ownerEmail", hint.ownerEmail());
            }
          });
    }
    write(n);
  }

  /**
   * The ids that were in the bin when the job looked first (topic and owner for the audit), and the
   * createTime a listing showed them with, so that a resume looks where they are.
   */
  void binBefore(
      Collection<String> ids,
      Map<String, RecordingNote> notes,
      Map<String, IdHint> hints,
      Set<String> placed) {
    ObjectNode n = line("binBefore");
    ArrayNode a = n.putArray("items");
    for (String id : ids) {
      ObjectNode item = a.addObject().put("id", id);
      RecordingNote note = notes.get(id);
      if (note != null) {
        item.put("topic", note.topic()).put("ownerEmail", note.ownerEmail());
      }
      IdHint hint = hints.get(id);
      if (hint != null && placed.contains(id)) {
        item.put("createTime", hint.createTime().toString());
      }
    }
    write(n);
  }

  /** Written (and synced) before the request leaves. */
  void send(long batchId, List<String> ids) {
    ObjectNode n = line("send").put("batch", batchId);
    ArrayNode a = n.putArray("ids");
    ids.forEach(a::add);
    write(n);
  }

  /** What a sent request came back with: accepted, unknown, rateLimited, error. */
  void sent(long batchId, String result, int status) {
    write(line("sent").put("batch", batchId).put("result", result).put("status", status));
  }

  void outcomes(Collection<IdOutcome> outcomes) {
    if (outcomes.isEmpty()) {
      return;
    }
    ObjectNode n = line("outcomes");
    ArrayNode a = n.putArray("items");
    for (IdOutcome o : outcomes) {
      ObjectNode item = a.addObject().put("id", o.id()).put("state", o.state().name());
      if (o.httpStatus() != 0) {
        item.put("status", o.httpStatus());
      }
      if (o.message() != null) {
        item.put("message", o.message());
      }
      if (o.trackingId() != null) {
        item.put("trackingId", o.trackingId());
      }
    }
    write(n);
  }

  void paused(JobState state, String message) {
    write(line("paused").put("state", state.name()).put("message", message));
  }

  void end(int leftBinByRelist) {
    write(line("end").put("leftBin", leftBinByRelist));
  }

  private ObjectNode line(String type) {
    return journal.line(type);
  }

  private void write(ObjectNode node) {
    journal.write(node);
  }

  @Override
  public void close() {
    journal.close();
  }
}
