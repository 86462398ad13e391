package io.recordingrescue.restore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The pieces of a {@link RestoreReport} that a running job and a replayed journal build the same
 * way, so that a report reads the same whether the job just ended or is read back later.
 */
final class ReportParts {

  private ReportParts() {}

  /** The settled outcomes in the job's order, with topic and owner where they are known. */
  static List<IdOutcome> outcomesInOrder(
      Collection<String> order, Map<String, IdOutcome> settled, Map<String, RecordingNote> notes) {
    List<IdOutcome> outcomes = new ArrayList<>();
    for (String id : order) {
      IdOutcome o = settled.get(id);
      if (o != null) {
        RecordingNote note = notes.get(id);
        outcomes.add(note == null ? o : o.describedBy(note.topic(), note.ownerEmail()));
      }
    }
    return outcomes;
  }

  /** The state message with the job's warnings after it. */
  static String withWarnings(String message, List<String> warnings) {
    if (warnings.isEmpty()) {
      return message;
    }
    return (message == null ? "" : message + " ") + String.join(" ", warnings);
  }
}
