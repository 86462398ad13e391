package io.recordingrescue.restore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Past jobs, read from the journal folder, newest first. */
public final class JobHistory {

  /** One job as the history lists it; {@code problem} is set when its journal cannot be read. */
  public record Entry(
      String jobId,
      String operator,
      String target,
      String targetOwner,
      Instant startedAt,
      Instant finishedAt,
      JobState state,
      int totalIds,
      Map<FinalState, Long> counts,
      int unsettled,
      List<String> warnings,
      String problem) {

    public Entry {
      counts = counts == null ? Map.of() : Map.copyOf(counts);
      warnings = List.copyOf(warnings);
    }

    public boolean resumable() {
      return problem == null && state != null && state.resumable();
    }
  }

  private final Journal journal;

  public JobHistory(Journal journal) {
    this.journal = journal;
  }

  public List<Entry> list() {
    List<Entry> out = new ArrayList<>();
    for (String id : journal.jobIds()) {
      out.add(entry(id));
    }
    return out;
  }

  /** The full report of a past job, for its audit export. */
  public RestoreReport report(String jobId) {
    return journal.replay(jobId).toReport();
  }

  public Path journalFile(String jobId) {
    return journal.fileOf(jobId);
  }

  private Entry entry(String jobId) {
    try {
      JournalReplay r = journal.replay(jobId);
      RestoreReport report = r.toReport();
      return new Entry(
          jobId,
          r.operator(),
          AuditExport.targetKind(r.target()),
          AuditExport.targetOwner(r.target()),
          r.createdAt(),
          r.endedAt(),
          r.state(),
          r.totalIds(),
          report.counts(),
          report.unsettledIds().size(),
          r.warnings(),
          null);
    } catch (JournalException e) {
      return new Entry(
          jobId, null, null, null, null, null, null, 0, Map.of(), 0, List.of(), e.getMessage());
    }
  }
}
