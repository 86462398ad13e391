package io.recordingrescue.restore;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordingrescue.webex.EmailAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds the lines of a job's journal into a {@link JournalReplay}. A line that makes no sense (an
 * event before the header, say) is skipped and named in the warnings, as {@link JournalFolder#read}
 * does for lines it cannot read.
 */
final class JournalReplayer {
  private final Path file;
  private final List<String> warnings = new ArrayList<>();
  private String jobId;
  private String operator;
  private RestoreTarget target;
  private String scope;
  private Instant createdAt;
  private final List<String> ids = new ArrayList<>();
  private final List<RestorePlan.RejectedId> rejected = new ArrayList<>();
  private Set<String> binBefore;
  private final Map<String, IdHint> hints = new HashMap<>();
  private final Set<String> placed = new HashSet<>();
  private final Map<String, RecordingNote> notes = new HashMap<>();
  private final Map<String, IdOutcome> outcomes = new LinkedHashMap<>();
  private boolean ended;
  private Instant endedAt;
  private int leftBin = -1;
  private JobState lastState;
  private String lastMessage;
  private int sends;

  private JournalReplayer(Path file) {
    this.file = file;
  }

  /** Folds the lines in order; the first outcome journalled for an id is the one that counts. */
  static JournalReplay replay(JournalFolder.Lines read) {
    JournalReplayer r = new JournalReplayer(read.file());
    r.warnings.addAll(read.warnings());
    for (JournalFolder.Line line : read.lines()) {
      try {
        r.accept(line.node());
      } catch (RuntimeException e) {
        r.warnings.add("Line " + line.number() + " of the journal makes no sense and was skipped.");
      }
    }
    return r.result();
  }

  private void accept(JsonNode n) {
    String type = n.get("type").asText();
    if (!"job".equals(type) && jobId == null) {
      throw new IllegalStateException("line before the header");
    }
    if (!"paused".equals(type)) {
      lastState = null;
      lastMessage = null;
    }
    switch (type) {
      case "job" -> header(n);
      case "binBefore" -> {
        Set<String> before = new LinkedHashSet<>();
        for (JsonNode item : n.get("items")) {
          String id = item.get("id").asText();
          before.add(id);
          if (item.hasNonNull("topic") || item.hasNonNull("ownerEmail")) {
            notes.put(id, new RecordingNote(text(item, "topic"), text(item, "ownerEmail")));
          }
          if (item.hasNonNull("createTime")) {
            hints.put(
                id,
                new IdHint(
                    Instant.parse(item.get("createTime").asText()), text(item, "ownerEmail")));
            placed.add(id);
          }
        }
        binBefore = before;
      }
      case "send" -> sends++;
      case "outcomes" -> {
        for (JsonNode item : n.get("items")) {
          String id = item.get("id").asText();
          IdOutcome o =
              new IdOutcome(
                  id,
                  FinalState.valueOf(item.get("state").asText()),
                  item.path("status").asInt(0),
                  text(item, "message"),
                  text(item, "trackingId"));
          outcomes.putIfAbsent(id, o);
        }
      }
      case "paused" -> {
        lastState = JobState.valueOf(n.get("state").asText());
        lastMessage = text(n, "message");
      }
      case "end" -> {
        ended = true;
        endedAt = Instant.parse(n.get("at").asText());
        leftBin = n.path("leftBin").asInt(-1);
      }
      default -> {
        // "sent" and lines from newer versions carry nothing a replay needs.
      }
    }
  }

  private void header(JsonNode n) {
    if (jobId != null) {
      throw new IllegalStateException("second header");
    }
    jobId = n.get("jobId").asText();
    operator = text(n, "operator");
    scope = text(n, "scope");
    createdAt = Instant.parse(n.get("at").asText());
    n.get("ids").forEach(x -> ids.add(x.asText()));
    for (JsonNode rej : n.path("rejected")) {
      rejected.add(new RestorePlan.RejectedId(rej.get("input").asText(), text(rej, "reason")));
    }
    Map<String, IdHint> given = new LinkedHashMap<>();
    for (JsonNode h : n.path("hints")) {
      given.put(
          h.get("id").asText(),
          new IdHint(Instant.parse(h.get("createTime").asText()), text(h, "ownerEmail")));
    }
    given.forEach(hints::putIfAbsent);
    JsonNode t = n.get("target");
    String kind = t.get("kind").asText();
    target =
        switch (kind) {
          case "ids" -> new RestoreTarget.ByIds(ids, given);
          case "owner" -> new RestoreTarget.AllForOwner(EmailAddress.parse(text(t, "owner")));
          case "mine" -> new RestoreTarget.AllMine();
          default -> throw new IllegalStateException("unknown target " + kind);
        };
  }

  private JournalReplay result() {
    if (jobId == null) {
      throw new JournalException(
          "The restore journal "
              + file
              + " has no readable job header; it cannot be resumed."
              + (warnings.isEmpty() ? "" : " " + String.join(" ", warnings)),
          null);
    }
    return new JournalReplay(
        file,
        jobId,
        operator,
        target,
        scope,
        createdAt,
        ids,
        rejected,
        binBefore,
        hints,
        placed,
        notes,
        outcomes,
        ended,
        endedAt,
        leftBin,
        lastState,
        lastMessage,
        sends,
        warnings);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
