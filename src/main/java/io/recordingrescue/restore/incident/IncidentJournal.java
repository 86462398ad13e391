package io.recordingrescue.restore.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.JournalException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Incident journals: one append-only JSON-lines file per incident in {@code incidents/} of the job
 * journal folder (so the job history does not take it for a job). Each line is forced to disk
 * before the runner moves on: the owner list first, then per owner the job id when its job starts
 * and the outcome when it ends. A cut-off last line is skipped on replay and named in warnings.
 */
public final class IncidentJournal {
  private static final String SUFFIX = ".jsonl";
  private static final String PREFIX = "incident-";

  private final Path dir;
  private final Clock clock;
  private final ObjectMapper mapper = new ObjectMapper();

  /** {@code jobJournalDir} is the job journal's folder; incidents live in a sub-folder of it. */
  public IncidentJournal(Path jobJournalDir, Clock clock) {
    this.dir = jobJournalDir.resolve("incidents");
    this.clock = clock;
  }

  public Path dir() {
    return dir;
  }

  public Path fileOf(String incidentId) {
    return dir.resolve(incidentId + SUFFIX);
  }

  /** Incident ids start with this, so that {@code resume} tells them from job ids. */
  public static boolean isIncidentId(String id) {
    return id != null && id.startsWith(PREFIX);
  }

  static String newId(String jobStyleId) {
    return PREFIX + jobStyleId;
  }

  Writer create(String incidentId, String operator, IncidentPlan plan) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw failure("Cannot create the incident journal folder " + dir, e);
    }
    Writer w = open(fileOf(incidentId), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    ObjectNode n = w.line("incident");
    n.put("v", 1);
    n.put("incidentId", incidentId);
    n.put("operator", operator);
    ArrayNode owners = n.putArray("owners");
    for (OwnerPreview p : plan.owners()) {
      owners.addObject().put("owner", p.owner().value()).put("count", p.count());
    }
    ArrayNode excluded = n.putArray("excluded");
    plan.excluded().forEach(r -> excluded.add(w.result(r)));
    w.write(n);
    return w;
  }

  Writer append(String incidentId) {
    Path file = fileOf(incidentId);
    Writer w = open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    try {
      long size = Files.size(file);
      if (size > 0) {
        try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
          ByteBuffer last = ByteBuffer.allocate(1);
          read.read(last, size - 1);
          if (last.get(0) != '\n') {
            w.writeBytes(new byte[] {'\n'}); // a line cut off by a crash stays on its own
          }
        }
      }
    } catch (IOException e) {
      w.close();
      throw failure("Cannot read the incident journal " + file, e);
    }
    return w;
  }

  private Writer open(Path file, StandardOpenOption... options) {
    try {
      return new Writer(file, FileChannel.open(file, options));
    } catch (IOException e) {
      throw failure("Cannot open the incident journal " + file + "; nothing more was sent", e);
    }
  }

  /** Incident ids, newest first. */
  public List<String> ids() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(PREFIX) && n.endsWith(SUFFIX))
          .map(n -> n.substring(0, n.length() - SUFFIX.length()))
          .sorted(Comparator.reverseOrder())
          .toList();
    } catch (IOException e) {
      throw failure("Cannot list the incident journals in " + dir, e);
    }
  }

  /** Incidents that did not end, newest first; unreadable files are left out. */
  public List<IncidentRecord> unfinished() {
    List<IncidentRecord> out = new ArrayList<>();
    for (String id : ids()) {
      try {
        IncidentRecord r = replay(id);
        if (!r.ended()) {
          out.add(r);
        }
      } catch (JournalException e) {
        // Without a readable first line there is nothing to resume.
      }
    }
    return out;
  }

  public IncidentRecord replay(String incidentId) {
    Path file = fileOf(incidentId);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new JournalException("There is no incident " + incidentId + " in " + dir + ".", e);
    } catch (IOException e) {
      throw failure("Cannot read the incident journal " + file, e);
    }
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
    List<String> warnings = new ArrayList<>();
    boolean header = false;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      if (text.isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = mapper.readTree(text);
      } catch (IOException e) {
        warnings.add("Line " + (i + 1) + " of the incident journal is unreadable and was skipped.");
        continue;
      }
      String type = n.path("type").asText();
      if (!header && !type.equals("incident")) {
        throw new JournalException(
            "The incident journal " + file + " does not start with its owner list.", null);
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
        default -> warnings.add("Line " + (i + 1) + " has an unknown type \"" + type + "\".");
      }
    }
    if (!header) {
      throw new JournalException("The incident journal " + file + " is empty.", null);
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

  private static JournalException failure(String what, IOException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new JournalException(what + " (" + m + ").", e);
  }

  /** Appends lines to one incident's journal, each forced to disk. Thread-safe. */
  final class Writer implements Closeable {
    private final Path file;
    private final FileChannel channel;

    private Writer(Path file, FileChannel channel) {
      this.file = file;
      this.channel = channel;
    }

    /** Written before the owner's job sends anything (its first progress event). */
    void started(String owner, String jobId) {
      write(line("started").put("owner", owner).put("jobId", jobId));
    }

    void done(OwnerResult r) {
      ObjectNode n = line("done").put("owner", r.owner());
      n.set("result", result(r));
      write(n);
    }

    void resumed() {
      write(line("resumed"));
    }

    void paused(JobState state, String message) {
      write(line("paused").put("state", state.name()).put("message", message));
    }

    void end() {
      write(line("end"));
    }

    private ObjectNode result(OwnerResult r) {
      ObjectNode n = mapper.createObjectNode();
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

    private ObjectNode line(String type) {
      ObjectNode n = mapper.createObjectNode();
      n.put("type", type);
      n.put("at", clock.instant().toString());
      return n;
    }

    private synchronized void write(ObjectNode n) {
      try {
        writeBytes((mapper.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw failure("Cannot write the incident journal " + file, e);
      }
    }

    private synchronized void writeBytes(byte[] bytes) {
      try {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          channel.write(buf);
        }
        channel.force(false);
      } catch (IOException e) {
        throw failure(
            "Cannot write the incident journal "
                + file
                + "; the incident stopped before sending anything more. Free some disk space and"
                + " resume it",
            e);
      }
    }

    @Override
    public synchronized void close() {
      try {
        channel.close();
      } catch (IOException e) {
        // Every line was already forced to disk.
      }
    }
  }
}
