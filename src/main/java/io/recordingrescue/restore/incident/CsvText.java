package io.recordingrescue.restore.incident;

import java.util.ArrayList;
import java.util.List;

/** The little CSV the app reads (RFC 4180: quoted cells may hold commas, quotes and newlines). */
public final class CsvText {
  private CsvText() {}

  /** Splits a whole text into records of cells; blank lines are dropped. */
  public static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean touched = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        touched = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        touched = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        endRecord(records, cells, cell, touched);
        cells = new ArrayList<>();
        touched = false;
      } else {
        cell.append(c);
        touched = true;
      }
    }
    endRecord(records, cells, cell, touched);
    return records;
  }

  private static void endRecord(
      List<List<String>> records, List<String> cells, StringBuilder cell, boolean touched) {
    if (touched) {
      cells.add(cell.toString());
      records.add(cells);
    }
    cell.setLength(0);
  }
}
