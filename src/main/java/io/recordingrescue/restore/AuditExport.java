package io.recordingrescue.restore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a job's report for a ticket: CSV (one row per id, job fields repeated so each row stands
 * alone in a spreadsheet) and JSON (job fields once, then the ids). The incident audit writes its
 * files with the same static helpers, so both audits open alike and are written atomically.
 */
public final class AuditExport {
  static final String CSV_HEADER =
      "jobId,operator,startedAt,finishedAt,jobState,targetOwner,recordingId,topic,ownerEmail,"
          + "finalState,httpStatus,message,trackingId";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String csv(RestoreReport report) {
    List<String> job =
        new ArrayList<>(
            lead(
                report.jobId(),
                report.operator(),
                report.startedAt(),
                report.finishedAt(),
                report.state()));
    job.add(targetOwner(report.target()));
    List<List<String>> rows = new ArrayList<>();
    for (IdOutcome o : report.outcomes()) {
      rows.add(
          Arrays.asList(
              o.id(),
              o.topic(),
              o.ownerEmail(),
              o.state().name(),
              o.httpStatus() == 0 ? "" : Integer.toString(o.httpStatus()),
              o.message(),
              o.trackingId()));
    }
    for (String id : report.unsettledIds()) {
      rows.add(Arrays.asList(id, "", "", "UNSETTLED", "", "", ""));
    }
    return csvTable(CSV_HEADER, job, rows);
  }

  public String json(RestoreReport report) {
    ObjectNode root =
        jsonHead(
            "jobId",
            report.jobId(),
            report.operator(),
            report.startedAt(),
            report.finishedAt(),
            report.state());
    root.put("target", targetKind(report.target()));
    root.put("targetOwner", targetOwner(report.target()));
    if (report.leftBinByRelist() >= 0) {
      root.put("leftBinByRelist", report.leftBinByRelist());
    }
    ObjectNode counts = root.putObject("counts");
    for (Map.Entry<FinalState, Long> e : report.counts().entrySet()) {
      counts.put(e.getKey().name(), e.getValue());
    }
    ArrayNode ids = root.putArray("recordings");
    for (IdOutcome o : report.outcomes()) {
      ObjectNode n = ids.addObject();
      n.put("id", o.id());
      n.put("topic", o.topic());
      n.put("ownerEmail", o.ownerEmail());
      n.put("finalState", o.state().name());
      if (o.httpStatus() != 0) {
        n.put("httpStatus", o.httpStatus());
      }
      n.put("message", o.message());
      n.put("trackingId", o.trackingId());
    }
    ArrayNode unsettled = root.putArray("unsettled");
    report.unsettledIds().forEach(unsettled::add);
    return jsonText(root);
  }

  /** Writes {@code <jobId>.csv} and {@code <jobId>.json} into {@code dir}; returns both paths. */
  public Path[] writeBoth(RestoreReport report, Path dir) throws IOException {
    return writeBoth(dir, report.jobId(), csv(report), json(report));
  }

  /** The cells an audit's CSV rows start with: what ran, who ran it, when, and how it ended. */
  public static List<String> lead(
      String id, String operator, Instant startedAt, Instant finishedAt, JobState state) {
    return List.of(
        id == null ? "" : id,
        operator == null ? "" : operator,
        String.valueOf(startedAt),
        finishedAt == null ? "" : finishedAt.toString(),
        state.name());
  }

  /**
   * An audit's CSV: {@code header}, then each row after the {@code lead} cells, which repeat so
   * that each row stands alone in a spreadsheet. Every cell goes through {@link #cell}.
   */
  public static String csvTable(String header, List<String> lead, List<List<String>> rows) {
    StringBuilder out = new StringBuilder(header).append("\r\n");
    String leadCells = lead.stream().map(AuditExport::cell).collect(Collectors.joining(","));
    for (List<String> row : rows) {
      out.append(leadCells).append(',');
      out.append(row.stream().map(AuditExport::cell).collect(Collectors.joining(",")));
      out.append("\r\n");
    }
    return out.toString();
  }

  /** An audit's JSON object, opening with the same fields as {@link #lead}. */
  public static ObjectNode jsonHead(
      String idField,
      String id,
      String operator,
      Instant startedAt,
      Instant finishedAt,
      JobState state) {
    ObjectNode root = JSON.createObjectNode();
    root.put(idField, id);
    root.put("operator", operator);
    root.put("startedAt", String.valueOf(startedAt));
    root.put("finishedAt", finishedAt == null ? null : finishedAt.toString());
    root.put("state", state.name());
    return root;
  }

  /** Indented JSON text of an audit built on {@link #jsonHead}. */
  public static String jsonText(ObjectNode root) {
    try {
      return JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code <name>.csv} and {@code <name>.json} into {@code dir}; returns both paths. */
  public static Path[] writeBoth(Path dir, String name, String csv, String json)
      throws IOException {
    Files.createDirectories(dir);
    Path csvFile = dir.resolve(name + ".csv");
    Path jsonFile = dir.resolve(name + ".json");
    writeAtomically(csvFile, csv);
    writeAtomically(jsonFile, json);
    return new Path[] {csvFile, jsonFile};
  }

  /** Writes through a temporary sibling and a rename, so a reader never sees half a file. */
  public static void writeAtomically(Path target, String text) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static String targetOwner(RestoreTarget target) {
    if (target instanceof RestoreTarget.AllForOwner owner) {
      return owner.owner().value();
    }
    return "";
  }

  static String targetKind(RestoreTarget target) {
    if (target instanceof RestoreTarget.AllForOwner) {
      return "allForOwner";
    }
    return target instanceof RestoreTarget.AllMine ? "allMine" : "byIds";
  }

  /** RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet does not run it. */
  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String v = value;
    if ("=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      v = '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
