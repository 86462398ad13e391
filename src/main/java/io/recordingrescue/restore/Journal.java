package io.recordingrescue.restore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordingrescue.webex.EmailAddress;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder of job journals: one append-only JSON-lines file per job ({@code <jobId>.jsonl}).
 * Creates writers, replays files (tolerating a cut-off or corrupt line, and saying so) and lists
 * unfinished jobs.
 */
public final class Journal {
  /** Opens a journal file for appending; replaced in tests to simulate a full disk. */
  @FunctionalInterface
  public interface ChannelOpener {
    FileChannel open(Path file, OpenOption... options) throws IOException;
  }

  /** Below this much free space a new job is refused rather than started without a record. */
  static final long MIN_FREE_BYTES = 1L << 20;

  private static final String SUFFIX = ".jsonl";

  private final Path dir;
  private final Clock clock;
  private final ChannelOpener opener;
  private final ObjectMapper mapper = new ObjectMapper();

  public Journal(Path dir, Clock clock) {
    this(dir, clock, FileChannel::open);
  }

  public Journal(Path dir, Clock clock, ChannelOpener opener) {
    this.dir = dir;
    this.clock = clock;
    this.opener = opener;
  }

  /** The journal in this machine's per-user data folder. */
  public static Journal perUser(Clock clock) {
    return new Journal(DataDirs.journalDir(DataDirs.perUser()), clock);
  }

  public Path dir() {
    return dir;
  }

  public Path fileOf(String jobId) {
    return dir.resolve(jobId + SUFFIX);
  }

  /** A new job's file; refuses when the disk is (nearly) full. */
  JournalWriter create(String jobId) {
    try {
      Files.createDirectories(dir);
      long free = Files.getFileStore(dir).getUsableSpace();
      if (free < MIN_FREE_BYTES) {
        throw new JournalException(
            "Not enough free disk space for the restore journal in "
                + dir
                + " ("
                + free / 1024
                + " KB free). Free some space, then start the job again; nothing was restored.",
            null);
      }
    } catch (IOException e) {
      throw new JournalException(
          "Cannot create the restore journal folder "
              + dir
              + " ("
              + JournalWriter.describe(e)
              + "); nothing was restored.",
          e);
    }
    return open(fileOf(jobId), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /** Appends to an existing job's file, starting on a fresh line if the last one was cut off. */
  JournalWriter append(String jobId) {
    Path file = fileOf(jobId);
    JournalWriter writer = open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    try {
      long size = Files.size(file);
      if (size > 0) {
        try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
          ByteBuffer last = ByteBuffer.allocate(1);
          read.read(last, size - 1);
          if (last.get(0) != '\n') {
            writer.newline();
          }
        }
      }
    } catch (IOException e) {
      writer.close();
      throw new JournalException(
          "Cannot read the restore journal " + file + " (" + JournalWriter.describe(e) + ").", e);
    }
    return writer;
  }

  private JournalWriter open(Path file, OpenOption... options) {
    try {
      return new JournalWriter(file, opener.open(file, options), mapper, clock);
    } catch (IOException e) {
      throw new JournalException(
          "Cannot open the restore journal "
              + file
              + " ("
              + JournalWriter.describe(e)
              + "); nothing more was sent.",
          e);
    }
  }

  /** Ids of jobs that have a journal, newest first. */
  public List<String> jobIds() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(SUFFIX))
          .map(n -> n.substring(0, n.length() - SUFFIX.length()))
          .sorted(Comparator.reverseOrder())
          .toList();
    } catch (IOException e) {
      throw new JournalException(
          "Cannot list the restore journals in " + dir + " (" + JournalWriter.describe(e) + ").",
          e);
    }
  }

  /** Jobs that did not end: paused, cancelled or cut off by a crash. Newest first. */
  public List<JournalReplay> unfinished() {
    List<JournalReplay> out = new ArrayList<>();
    for (String id : jobIds()) {
      try {
        JournalReplay r = replay(id);
        if (!r.ended()) {
          out.add(r);
        }
      } catch (JournalException e) {
        // A file without a readable header cannot be resumed; JobHistory shows it as unreadable.
      }
    }
    return out;
  }

  /** Reads a job's journal. Unreadable lines are skipped and named in {@code warnings}. */
  public JournalReplay replay(String jobId) {
    Path file = fileOf(jobId);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new JournalException("There is no restore job " + jobId + " in " + dir + ".", e);
    } catch (IOException e) {
      throw new JournalException(
          "Cannot read the restore journal " + file + " (" + JournalWriter.describe(e) + ").", e);
    }
    Replayer r = new Replayer(file);
    int lastNonBlank = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        lastNonBlank = i;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = mapper.readTree(line);
      } catch (JsonProcessingException e) {
        node = null;
      }
      if (node == null || !node.isObject() || !node.hasNonNull("type")) {
        r.warnings.add(
            i == lastNonBlank
                ? "The last line of the journal (line "
                    + (i + 1)
                    + ") was cut off, probably by a crash while it was written; it was ignored"
                    + " and the ids it concerned are checked again."
                : "Line " + (i + 1) + " of the journal is unreadable and was skipped.");
        continue;
      }
      try {
        r.accept(node);
      } catch (RuntimeException e) {
        r.warnings.add("Line " + (i + 1) + " of the journal makes no sense and was skipped.");
      }
    }
    return r.result();
  }

  /** Folds journal lines into a {@link JournalReplay}. */
  private final class Replayer {
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
    private final Set<String> detailsOnly = new HashSet<>();
    private final Map<String, String[]> meta = new HashMap<>();
    private final Map<String, IdOutcome> outcomes = new LinkedHashMap<>();
    private boolean ended;
    private Instant endedAt;
    private int leftBin = -1;
    private JobState lastState;
    private String lastMessage;
    private int sends;

    Replayer(Path file) {
      this.file = file;
    }

    void accept(JsonNode n) {
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
            if (item.path("detailsOnly").asBoolean(false)) {
              detailsOnly.add(id);
            }
            if (item.hasNonNull("topic") || item.hasNonNull("ownerEmail")) {
              meta.put(id, new String[] {text(item, "topic"), text(item, "ownerEmail")});
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
      JsonNode t = n.get("target");
      String kind = t.get("kind").asText();
      target =
          switch (kind) {
            case "ids" -> new RestoreTarget.ByIds(ids);
            case "owner" -> new RestoreTarget.AllForOwner(EmailAddress.parse(text(t, "owner")));
            case "mine" -> new RestoreTarget.AllMine();
            default -> throw new IllegalStateException("unknown target " + kind);
          };
    }

    JournalReplay result() {
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
          detailsOnly,
          meta,
          outcomes,
          ended,
          endedAt,
          leftBin,
          lastState,
          lastMessage,
          sends,
          warnings);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
