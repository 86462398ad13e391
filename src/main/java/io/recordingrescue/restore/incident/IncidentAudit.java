package io.recordingrescue.restore.incident;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.recordingrescue.restore.AuditExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

  public String csv(IncidentReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (OwnerResult o : report.owners()) {
      rows.add(
          Arrays.asList(
              o.owner(),
              o.state().name(),
              Integer.toString(o.before()),
              Integer.toString(o.restored()),
              Integer.toString(o.left()),
              String.join(" ", o.trackingIds()),
              o.jobId(),
              o.message()));
    }
    return AuditExport.csvTable(CSV_HEADER, lead(report), rows);
  }

  public String json(IncidentReport report) {
    ObjectNode root =
        AuditExport.jsonHead(
            "incidentId",
            report.incidentId(),
            report.operator(),
            report.startedAt(),
            report.finishedAt(),
            report.state());
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
    return AuditExport.jsonText(root);
  }

  /** Writes {@code <incidentId>.csv} and {@code .json} into {@code dir}; returns both paths. */
  public Path[] writeBoth(IncidentReport report, Path dir) throws IOException {
    return AuditExport.writeBoth(dir, report.incidentId(), csv(report), json(report));
  }

  private static List<String> lead(IncidentReport report) {
    return AuditExport.lead(
        report.incidentId(),
        report.operator(),
        report.startedAt(),
        report.finishedAt(),
        report.state());
  }
}
