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
import java.util.Map;

/**
 * Writes a job's report for a ticket: CSV (one row per id, job fields repeated so each row stands
 * alone in a spreadsheet) and JSON (job fields once, then the ids).
 */
public final class AuditExport {
  static final String CSV_HEADER =
      "jobId,operator,startedAt,finishedAt,jobState,targetOwner,recordingId,topic,ownerEmail,"
          + "finalState,httpStatus,message,trackingId";

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String csv(RestoreReport report) {
    StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
    String job =
        String.join(
            ",",
            cell(report.jobId()),
            cell(report.operator()),
            cell(String.valueOf(report.startedAt())),
            cell(report.finishedAt() == null ? "" : report.finishedAt().toString()),
            cell(report.state().name()),
            cell(targetOwner(report.target())));
    for (IdOutcome o : report.outcomes()) {
      out.append(job)
          .append(',')
          .append(
              String.join(
                  ",",
                  cell(o.id()),
                  cell(o.topic()),
                  cell(o.ownerEmail()),
                  cell(o.state().name()),
                  cell(o.httpStatus() == 0 ? "" : Integer.toString(o.httpStatus())),
                  cell(o.message()),
                  cell(o.trackingId())))
          .append("\r\n");
    }
    for (String id : report.unsettledIds()) {
      out.append(job).append(',').append(cell(id)).append(",,,UNSETTLED,,,\r\n");
    }
    return out.toString();
  }

  public String json(RestoreReport report) {
    ObjectNode root = mapper.createObjectNode();
    root.put("jobId", report.jobId());
    root.put("operator", report.operator());
    root.put("startedAt", String.valueOf(report.startedAt()));
    root.put("finishedAt", report.finishedAt() == null ? null : report.finishedAt().toString());
    root.put("state", report.state().name());
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
    try {
      return mapper.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code <jobId>.csv} and {@code <jobId>.json} into {@code dir}; returns both paths. */
  public Path[] writeBoth(RestoreReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path csv = dir.resolve(report.jobId() + ".csv");
    Path json = dir.resolve(report.jobId() + ".json");
    writeAtomically(csv, csv(report));
    writeAtomically(json, json(report));
    return new Path[] {csv, json};
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
