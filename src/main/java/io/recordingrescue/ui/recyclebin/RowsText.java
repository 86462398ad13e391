package io.recordingrescue.ui.recyclebin;

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
                  nz(r.id()),
                  // A tab or line break in a topic would shift the columns of the spreadsheet.
                  nz(r.topic()).replaceAll("[\\t\\r\\n]", " "),
                  nz(r.ownerEmail()),
                  nz(r.ownerType()),
                  formats.dateTime(r.createTime()),
                  Formats.duration(r.durationSeconds()),
                  formats.size(r.sizeBytes()),
                  nz(r.serviceType()),
                  nz(r.format()),
                  nz(r.storageRegion())))
          .append('\n');
    }
    return sb.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
