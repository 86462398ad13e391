package io.recordingrescue.ui.restorebyids;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads recording ids as they arrive in tickets: one per line, separated by commas, semicolons or
 * spaces, or a CSV column whose header is {@code id}, {@code recordingId} or {@code recording id}.
 * Trims, drops quotes and blanks, de-duplicates keeping the first order.
 */
public final class IdParser {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
  private static final Pattern ID_HEADER =
      Pattern.compile("\"?\\s*(recording[ _]?)?ids?\\s*\"?", Pattern.CASE_INSENSITIVE);

  private IdParser() {}

  /** The result: distinct ids in order, and how many duplicates were dropped. */
  public record Parsed(List<String> ids, int duplicates) {
    public Parsed {
      ids = List.copyOf(ids);
    }
  }

  public static Parsed parse(String text) {
    List<String> tokens = text == null ? List.of() : tokens(text);
    Set<String> distinct = new LinkedHashSet<>();
    int duplicates = 0;
    for (String t : tokens) {
      if (!distinct.add(t)) {
        duplicates++;
      }
    }
    return new Parsed(new ArrayList<>(distinct), duplicates);
  }

  private static List<String> tokens(String text) {
    String[] lines = text.strip().split("\\R");
    List<String> out = new ArrayList<>();
    int column = lines.length > 1 ? idColumn(lines[0]) : -1;
    if (column >= 0) {
      for (int i = 1; i < lines.length; i++) {
        List<String> cells = csvCells(lines[i]);
        if (column < cells.size()) {
          addToken(out, cells.get(column));
        }
      }
      return out;
    }
    for (String t : SEPARATORS.split(text)) {
      addToken(out, t);
    }
    return out;
  }

  /** Index of the id column when {@code header} is a CSV header with one; else -1. */
  private static int idColumn(String header) {
    if (!header.contains(",") && !header.contains(";") && !header.contains("\t")) {
      return -1;
    }
    List<String> cells = csvCells(header);
    for (int i = 0; i < cells.size(); i++) {
      if (ID_HEADER.matcher(cells.get(i).trim().toLowerCase(Locale.ROOT)).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** Splits one CSV line on , ; or tab, honouring double quotes. */
  private static List<String> csvCells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (!quoted && (c == ',' || c == ';' || c == '\t')) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private static void addToken(List<String> out, String raw) {
    String t = raw.strip();
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      t = t.substring(1, t.length() - 1).strip();
    }
    if (!t.isEmpty()) {
      out.add(t);
    }
  }
}
