package io.recordingrescue.cli;

import io.recordingrescue.restore.incident.CsvText;
import java.util.List;

/** The little CSV the CLI needs (RFC 4180: quoted cells may hold commas, quotes and newlines). */
final class Csv {
  private Csv() {}

  static String quote(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }

  /** Splits a whole text into records of cells; blank lines are dropped. */
  static List<List<String>> parse(String text) {
    return CsvText.parse(text);
  }
}
