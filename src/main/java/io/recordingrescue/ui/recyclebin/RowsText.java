package io.recordingrescue.ui.recyclebin;

import static io.recordingrescue.ui.recyclebin.RecordingRow.orEmpty;

import io.recordingrescue.ui.Formats;
import io.recordingrescue.webex.Recording;
import java.util.List;
import java.util.stream.Collectors;

/** Rows as text for the clipboard. */
final class RowsText {
  private final Formats formats;

  RowsText(Formats formats) {
    this.formats = formats;
  }

  /** Ids, one per line. */
  static String ids(List<RecordingRow> selected) {
    return selected.stream().map(RecordingRow::id).collect(Collectors.joining("\n"));
  }

  /** Tab-separated rows with a header line, for a spreadsheet or a ticket. */
  String table(List<RecordingRow> selected) {
    StringBuilder sb =
        new StringBuilder(
            "id\ttopic\townerEmail\townerType\tcreated\tduration\tsize\tserviceType\tformat"
                + "\tstorageRegion\n");
    for (RecordingRow row : selected) {
      Recording r = row.recording();
      sb.append(
              String.join(
                  "\t",
                  orEmpty(r.id()),
                  // A tab or line break in a topic would shift the columns of the spreadsheet.
                  orEmpty(r.topic()).replaceAll("[\\t\\r\\n]", " "),
                  orEmpty(r.ownerEmail()),
                  orEmpty(r.ownerType()),
                  formats.dateTime(r.createTime()),
                  Formats.duration(r.durationSeconds()),
                  formats.size(r.sizeBytes()),
                  orEmpty(r.serviceType()),
                  orEmpty(r.format()),
                  orEmpty(r.storageRegion())))
          .append('\n');
    }
    return sb.toString();
  }
}
