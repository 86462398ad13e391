package io.recordingrescue.restore.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.JournalException;
import io.recordingrescue.restore.JournalFile;
import io.recordingrescue.restore.JournalFolder;
import java.io.Closeable;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Incident journals: one append-only JSON-lines file per incident ({@link JournalFolder}, the job
 * journal's format) in {@code incidents/} of the job journal folder (so the job history does not
 * take it for a job). Each line is forced to disk before the runner moves on: the owner list first,
 * then per owner the job id when its job starts and the outcome when it ends. A cut-off last line
 * is skipped on replay and named in warnings.
 */
public final class IncidentJournal {
  private static final String PREFIX = "incident-";
  private static final JournalFolder.Names NAMES =
      new JournalFolder.Names("incident journal", "incident");

  private final JournalFolder folder;

  /** {@code jobJournalDir} is the job journal's folder; incidents live in a sub-folder of it. */
  public IncidentJournal(Path jobJournalDir, Clock clock) {
    this.folder =
        new JournalFolder(
            jobJournalDir.resolve("incidents"), PREFIX, NAMES, clock, FileChannel::open);
  }

  public Path dir() {
    return folder.dir();
  }

  public Path fileOf(String incidentId) {
    return folder.fileOf(incidentId);
  }

  /** Incident ids start with this, so that {@code resume} tells them from job ids. */
  public static boolean isIncidentId(String id) {
    return id != null && id.startsWith(PREFIX);
  }

  static String newId(String jobStyleId) {
    return PREFIX + jobStyleId;
  }

  Writer create(String incidentId, String operator, IncidentPlan plan) {
    Writer w = new Writer(folder.create(incidentId));
    ObjectNode n = w.journal.line("incident");
    n.put("v", 1);
    n.put("incidentId", incidentId);
    n.put("operator", operator);
    ArrayNode owners = n.putArray("owners");
    for (OwnerPreview p : plan.owners()) {
      owners.addObject().put("owner", p.owner().value()).put("count", p.count());
    }
    ArrayNode excluded = n.putArray("excluded");
    plan.excluded().forEach(r -> excluded.add(w.result(r)));
    w.journal.write(n);
    return w;
  }

  Writer append(String incidentId) {
    return new Writer(folder.append(incidentId));
  }

  /** Incident ids, newest first. */
  public List<String> ids() {
    return folder.ids();
  }

  /** Incidents that did not end, newest first; unreadable files are left out. */
  public List<IncidentRecord> unfinished() {
    return folder.unfinished(this::replay, IncidentRecord::ended);
  }

  public IncidentRecord replay(String incidentId) {
    JournalFolder.Lines read = folder.read(incidentId);
    String operator = null;
    Instant createdAt = null;
    List<String> owners = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<OwnerResult> excluded = new ArrayList<>();
    Map<String, String> started = new LinkedHashMap<>();
    Map<String, OwnerResult> done = new LinkedHashMap<>();
    boolean ended = false;
    Instant endedAt = null;
    JobState lastState = null;
    String lastMessage = null;
    List<String> warnings = new ArrayList<>(read.warnings());
    boolean header = false;
    for (JournalFolder.Line line : read.lines()) {
      JsonNode n = line.node();
      String type = line.type();
      if (!header && !type.equals("incident")) {
        throw new JournalException(
            "The incident journal " + read.file() + " does not start with its owner list.", null);
      }
      switch (type) {
        case "incident" -> {
          header = true;
          operator = n.path("operator").asText(null);
          createdAt = Instant.parse(n.path("at").asText());
          for (JsonNode o : n.path("owners")) {
            owners.add(o.path("owner").asText());
            counts.put(o.path("owner").asText(), o.path("count").asInt());
          }
          for (JsonNode o : n.path("excluded")) {
            excluded.add(result(o));
          }
        }
        case "started" -> started.put(n.path("owner").asText(), n.path("jobId").asText());
        case "done" -> done.putIfAbsent(n.path("owner").asText(), result(n.path("result")));
        case "paused" -> {
          lastState = JobState.valueOf(n.path("state").asText());
          lastMessage = n.path("message").asText(null);
        }
        case "resumed" -> {
          lastState = null;
          lastMessage = null;
        }
        case "end" -> {
          ended = true;
          endedAt = Instant.parse(n.path("at").asText());
        }
        default -> warnings.add("Line " + line.number() + " has an unknown type \"" + type + "\".");
      }
    }
    if (!header) {
      throw new JournalException("The incident journal " + read.file() + " is empty.", null);
    }
    return new IncidentRecord(
        incidentId,
        operator,
        createdAt,
        owners,
        counts,
        excluded,
        started,
        done,
        ended,
        endedAt,
        lastState,
        lastMessage,
        warnings);
  }

  private static OwnerResult result(JsonNode n) {
    List<String> tracking = new ArrayList<>();
    n.path("trackingIds").forEach(t -> tracking.add(t.asText()));
    return new OwnerResult(
        n.path("owner").asText(),
        OwnerResult.State.valueOf(n.path("state").asText()),
        n.path("before").asInt(),
        n.path("restored").asInt(),
        n.path("left").asInt(),
        tracking,
        n.path("jobId").asText(null),
        n.path("message").asText(null));
  }

  /** Appends lines to one incident's journal, each forced to disk. Thread-safe. */
  static final class Writer implements Closeable {
    private final JournalFile journal;

    private Writer(JournalFile journal) {
      this.journal = journal;
    }

    /** Written before the owner's job sends anything (its first progress event). */
    void started(String owner, String jobId) {
      journal.write(journal.line("started").put("owner", owner).put("jobId", jobId));
    }

    void done(OwnerResult r) {
      ObjectNode n = journal.line("done").put("owner", r.owner());
      n.set("result", result(r));
      journal.write(n);
    }

    void resumed() {
      journal.write(journal.line("resumed"));
    }

    void paused(JobState state, String message) {
      journal.write(journal.line("paused").put("state", state.name()).put("message", message));
    }

    void end() {
      journal.write(journal.line("end"));
    }

    private ObjectNode result(OwnerResult r) {
      ObjectNode n = journal.object();
      n.put("owner", r.owner());
      n.put("state", r.state().name());
      n.put("before", r.before());
      n.put("restored", r.restored());
      n.put("left", r.left());
      ArrayNode t = n.putArray("trackingIds");
      r.trackingIds().forEach(t::add);
      n.put("jobId", r.jobId());
      n.put("message", r.message());
      return n;
    }

    @Override
    public void close() {
      journal.close();
    }
  }
}
