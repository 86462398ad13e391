package io.recordingrescue.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads recording ids for {@code restore}: from {@code --ids a,b,c}, or from a file (or standard
 * input for {@code -}) holding one id per line or a CSV with an {@code id} column, such as {@code
 * rescue list --format csv} writes.
 */
final class IdsInput {
  private IdsInput() {}

  static List<String> fromOption(List<String> values) {
    List<String> ids = new ArrayList<>();
    for (String value : values) {
      Arrays.stream(value.split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .forEach(ids::add);
    }
    if (ids.isEmpty()) {
      throw CliException.badInput("--ids is empty: give one or more recording ids.");
    }
    return ids;
  }

  static List<String> fromSource(String source, InputStream stdin) {
    String name = "-".equals(source) ? "standard input" : source;
    String text;
    try {
      text = "-".equals(source) ? read(stdin) : Files.readString(Path.of(source));
    } catch (NoSuchFileException e) {
      throw CliException.badInput("The ids file " + source + " does not exist.");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw CliException.badInput(
          "Cannot read the ids file " + name + " (" + e.getClass().getSimpleName() + ").");
    }
    return parse(text, name);
  }

  /** One id per line ({@code #} starts a comment), or a CSV whose header has an id column. */
  static List<String> parse(String text, String name) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // Excel's byte-order mark.
    }
    List<List<String>> records = Csv.parse(text);
    records.removeIf(
        r -> r.size() == 1 && (r.get(0).isBlank() || r.get(0).strip().startsWith("#")));
    if (records.isEmpty()) {
      throw CliException.badInput(name + " contains no recording ids.");
    }
    List<String> header = records.get(0);
    boolean csv = header.size() > 1 || "id".equalsIgnoreCase(header.get(0).strip());
    List<String> ids = new ArrayList<>();
    if (!csv) {
      for (List<String> r : records) {
        ids.add(r.get(0).strip());
      }
      return ids;
    }
    int column = -1;
    for (int i = 0; i < header.size(); i++) {
      if ("id".equals(header.get(i).strip().toLowerCase(Locale.ROOT))) {
        column = i;
        break;
      }
    }
    if (column < 0) {
      throw CliException.badInput(
          name
              + " looks like a CSV but has no \"id\" column (header: "
              + String.join(", ", header)
              + ").");
    }
    for (List<String> r : records.subList(1, records.size())) {
      if (column < r.size() && !r.get(column).isBlank()) {
        ids.add(r.get(column).strip());
      }
    }
    if (ids.isEmpty()) {
      throw CliException.badInput(name + " has an id column but no ids in it.");
    }
    return ids;
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
