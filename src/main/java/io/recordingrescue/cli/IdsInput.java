package io.recordingrescue.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordingrescue.restore.IdHint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads recording ids for {@code restore}: from {@code --ids a,b,c}, or from a file (or standard
 * input for {@code -}) holding one id per line, a CSV with an {@code id} column, or the JSON array
 * that {@code rescue list --format csv|json} writes. From the CSV and JSON, each id's {@code
 * createTime} and {@code ownerEmail} come along as a hint (found by the header, so columns may be
 * in any order); a row whose createTime is missing or unreadable is an id without a hint, and the
 * warnings say how many.
 */
final class IdsInput {
  private IdsInput() {}

  /** Ids in the order given, the hints of those that had usable ones, and what was not usable. */
  record Parsed(List<String> ids, Map<String, IdHint> hints, List<String> warnings) {}

  private static final String CREATE_TIME = "createtime";
  private static final String OWNER_EMAIL = "owneremail";

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
    return fromSourceWithHints(source, stdin).ids();
  }

  static Parsed fromSourceWithHints(String source, InputStream stdin) {
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
    return parseWithHints(text, name);
  }

  /** One id per line ({@code #} starts a comment), or a CSV whose header has an id column. */
  static List<String> parse(String text, String name) {
    return parseWithHints(text, name).ids();
  }

  static Parsed parseWithHints(String text, String name) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // Excel's byte-order mark.
    }
    if (text.strip().startsWith("[")) {
      return json(text, name);
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
      return new Parsed(ids, Map.of(), List.of());
    }
    int column = columnOf(header, "id");
    int timeColumn = columnOf(header, CREATE_TIME);
    int ownerColumn = columnOf(header, OWNER_EMAIL);
    if (column < 0) {
      throw CliException.badInput(
          name
              + " looks like a CSV but has no \"id\" column (header: "
              + String.join(", ", header)
              + ").");
    }
    Map<String, IdHint> hints = new LinkedHashMap<>();
    int unusable = 0;
    for (List<String> r : records.subList(1, records.size())) {
      if (column < r.size() && !r.get(column).isBlank()) {
        String id = r.get(column).strip();
        ids.add(id);
        if (timeColumn >= 0) {
          IdHint hint = hint(cell(r, timeColumn), cell(r, ownerColumn));
          if (hint == null) {
            unusable++;
          } else {
            hints.putIfAbsent(id, hint);
          }
        }
      }
    }
    if (ids.isEmpty()) {
      throw CliException.badInput(name + " has an id column but no ids in it.");
    }
    List<String> warnings = new ArrayList<>();
    if (timeColumn < 0) {
      warnings.add(
          name
              + " has no createTime column: its ids will be looked for across the whole recycle"
              + " bin.");
    } else if (unusable > 0) {
      warnings.add(unusableText(unusable, name));
    }
    return new Parsed(ids, hints, warnings);
  }

  /** The JSON array {@code list --format json} writes: objects with id, createTime, ownerEmail. */
  private static Parsed json(String text, String name) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw CliException.badInput(
          name + " looks like JSON but cannot be read (line " + e.getLocation().getLineNr() + ").");
    }
    List<String> ids = new ArrayList<>();
    Map<String, IdHint> hints = new LinkedHashMap<>();
    int unusable = 0;
    int withoutId = 0;
    for (JsonNode item : root) {
      String id = item.isTextual() ? item.asText() : item.path("id").asText("");
      if (id.isBlank()) {
        withoutId++;
        continue;
      }
      id = id.strip();
      ids.add(id);
      if (item.isObject()) {
        IdHint hint = hint(item.path("createTime").asText(""), item.path("ownerEmail").asText(""));
        if (hint == null) {
          unusable++;
        } else {
          hints.putIfAbsent(id, hint);
        }
      }
    }
    if (ids.isEmpty()) {
      throw CliException.badInput(name + " is a JSON array with no recording ids in it.");
    }
    List<String> warnings = new ArrayList<>();
    if (withoutId > 0) {
      warnings.add(withoutId + " entr(ies) of " + name + " have no id and were skipped.");
    }
    if (unusable > 0) {
      warnings.add(unusableText(unusable, name));
    }
    return new Parsed(ids, hints, warnings);
  }

  private static String unusableText(int n, String name) {
    return n
        + " id(s) of "
        + name
        + " have no readable createTime: they will be looked for across the whole recycle bin.";
  }

  /** A hint from a createTime (ISO-8601, as Webex writes it) and an e-mail; null when unusable. */
  private static IdHint hint(String createTime, String ownerEmail) {
    if (createTime == null || createTime.isBlank()) {
      return null;
    }
    try {
      Instant t = Instant.parse(createTime.strip());
      String owner = ownerEmail == null || !ownerEmail.contains("@") ? null : ownerEmail.strip();
      return new IdHint(t, owner);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String cell(List<String> row, int column) {
    return column >= 0 && column < row.size() ? row.get(column) : null;
  }

  private static int columnOf(List<String> header, String lowerName) {
    for (int i = 0; i < header.size(); i++) {
      if (lowerName.equals(header.get(i).strip().toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
