package io.recordingrescue.restore.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.recordingrescue.restore.AuditExport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One audit record for a whole incident: every owner with its outcome, the recordings found in its
 * bin before, restored and left, Webex tracking ids and the owner's job id (whose own audit lists
 * every recording). CSV repeats the incident's fields on each row; JSON gives them once.
 */
public final class IncidentAudit {
  static final String CSV_HEADER =
      "incidentId,operator,startedAt,finishedAt,incidentState,ownerEmail,ownerState,"
          + "countBefore,restored,leftInBin,trackingIds,jobId,message";

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String csv(IncidentReport report) {
    StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
    String incident =
        String.join(
            ",",
            AuditExport.cell(report.incidentId()),
            AuditExport.cell(report.operator()),
            AuditExport.cell(String.valueOf(report.startedAt())),
            AuditExport.cell(report.finishedAt() == null ? "" : report.finishedAt().toString()),
            AuditExport.cell(report.state().name()));
    for (OwnerResult o : report.owners()) {
      out.append(incident)
          .append(',')
          .append(
              String.join(
                  ",",
                  AuditExport.cell(o.owner()),
                  AuditExport.cell(o.state().name()),
                  Integer.toString(o.before()),
                  Integer.toString(o.restored()),
                  Integer.toString(o.left()),
                  AuditExport.cell(String.join(" ", o.trackingIds())),
                  AuditExport.cell(o.jobId()),
                  AuditExport.cell(o.message())))
          .append("\r\n");
    }
    return out.toString();
  }

  public String json(IncidentReport report) {
    ObjectNode root = mapper.createObjectNode();
    root.put("incidentId", report.incidentId());
    root.put("operator", report.operator());
    root.put("startedAt", String.valueOf(report.startedAt()));
    root.put("finishedAt", report.finishedAt() == null ? null : report.finishedAt().toString());
    root.put("state", report.state().name());
    root.put("stateMessage", report.stateMessage());
    root.put("ownersToRestore", report.ownersToRestore());
    root.put("ownersDone", report.ownersDone());
    root.put("recordingsRestored", report.recordingsRestored());
    root.put("recordingsLeft", report.recordingsLeft());
    ObjectNode counts = root.putObject("counts");
    for (Map.Entry<OwnerResult.State, Long> e : report.counts().entrySet()) {
      counts.put(e.getKey().name(), e.getValue());
    }
    ArrayNode owners = root.putArray("owners");
    for (OwnerResult o : report.owners()) {
      ObjectNode n = owners.addObject();
      n.put("ownerEmail", o.owner());
      n.put("state", o.state().name());
      n.put("countBefore", o.before());
      n.put("restored", o.restored());
      n.put("leftInBin", o.left());
      ArrayNode t = n.putArray("trackingIds");
      o.trackingIds().forEach(t::add);
      n.put("jobId", o.jobId());
      n.put("message", o.message());
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code <incidentId>.csv} and {@code .json} into {@code dir}; returns both paths. */
  public Path[] writeBoth(IncidentReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path csv = dir.resolve(report.incidentId() + ".csv");
    Path json = dir.resolve(report.incidentId() + ".json");
    AuditExport.writeAtomically(csv, csv(report));
    AuditExport.writeAtomically(json, json(report));
    return new Path[] {csv, json};
  }
}
