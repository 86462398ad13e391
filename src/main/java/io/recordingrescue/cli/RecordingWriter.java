package io.recordingrescue.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.WebexJson;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Writes recordings as a table for people, or as JSON or CSV for scripts. */
final class RecordingWriter {

  /** Output formats of {@code list}. */
  enum Format {
    table,
    json,
    csv
  }

  /** CSV columns: Webex's field names, so a CSV and the JSON read the same. */
  static final List<String> CSV_COLUMNS =
      List.of(
          "id",
          "topic",
          "createTime",
          "timeRecorded",
          "format",
          "serviceType",
          "durationSeconds",
          "sizeBytes",
          "status",
          "ownerId",
          "ownerEmail",
          "ownerType",
          "storageRegion");

  private static final DateTimeFormatter TABLE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private RecordingWriter() {}

  static void write(List<Recording> recordings, Format format, PrintStream out) {
    switch (format) {
      case json -> out.println(json(recordings));
      case csv -> csv(recordings, out);
      case table -> table(recordings, out);
    }
    out.flush();
  }

  static String json(Object value) {
    ObjectMapper mapper = WebexJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON", e);
    }
  }

  private static void csv(List<Recording> recordings, PrintStream out) {
    Lines lines = new Lines(out);
    lines.add(String.join(",", CSV_COLUMNS));
    for (Recording r : recordings) {
      StringBuilder line = lines.start();
      String[] cells = {
        text(r.id()),
        text(r.topic()),
        time(r.createTime()),
        time(r.timeRecorded()),
        text(r.format()),
        text(r.serviceType()),
        Long.toString(r.durationSeconds()),
        Long.toString(r.sizeBytes()),
        text(r.status()),
        text(r.ownerId()),
        text(r.ownerEmail()),
        text(r.ownerType()),
        text(r.storageRegion())
      };
      for (int i = 0; i < cells.length; i++) {
        line.append(i == 0 ? "" : ",").append(Csv.quote(cells[i]));
      }
      lines.end();
    }
    lines.flush();
  }

  /**
   * The table: created (16 wide), owner (32), size (10, to the right), length (8, to the right),
   * topic (40) and id, two spaces apart, padded by hand.
   */
  private static void table(List<Recording> recordings, PrintStream out) {
    Lines lines = new Lines(out);
    tableRow(lines, "CREATED (UTC)", "OWNER", "SIZE", "LENGTH", "TOPIC", "ID");
    for (Recording r : recordings) {
      tableRow(
          lines,
          r.createTime() == null ? "" : TABLE_TIME.format(r.createTime()),
          cut(text(r.ownerEmail()), 32),
          size(r.sizeBytes()),
          ProgressPrinter.duration(java.time.Duration.ofSeconds(r.durationSeconds())),
          cut(text(r.topic()), 40),
          text(r.id()));
    }
    lines.add(String.format("%d recording(s), %s", recordings.size(), size(totalSize(recordings))));
    lines.flush();
  }

  private static void tableRow(
      Lines lines,
      String created,
      String owner,
      String size,
      String length,
      String topic,
      String id) {
    StringBuilder line = lines.start();
    padRight(line, created, 16).append("  ");
    padRight(line, owner, 32).append("  ");
    padLeft(line, size, 10).append("  ");
    padLeft(line, length, 8).append("  ");
    padRight(line, topic, 40).append("  ");
    line.append(id);
    lines.end();
  }

  private static StringBuilder padRight(StringBuilder b, String s, int width) {
    return b.append(s).append(" ".repeat(Math.max(0, width - s.length())));
  }

  private static StringBuilder padLeft(StringBuilder b, String s, int width) {
    return b.append(" ".repeat(Math.max(0, width - s.length()))).append(s);
  }

  /**
   * Lines written in pieces of about 64 KiB: {@code System.out} flushes at every line (and every
   * 128 bytes), which made a table of 50,000 recordings take about a second to print.
   */
  private static final class Lines {
    private static final int PIECE = 1 << 16;
    private final PrintStream out;
    private final StringBuilder buffer = new StringBuilder(PIECE + 1024);

    Lines(PrintStream out) {
      this.out = out;
    }

    void add(String line) {
      start().append(line);
      end();
    }

    StringBuilder start() {
      return buffer;
    }

    void end() {
      buffer.append(System.lineSeparator());
      if (buffer.length() >= PIECE) {
        flush();
      }
    }

    void flush() {
      out.print(buffer);
      buffer.setLength(0);
    }
  }

  static long totalSize(List<Recording> recordings) {
    return recordings.stream().mapToLong(Recording::sizeBytes).sum();
  }

  /** Bytes in binary units, e.g. {@code 12.3 MiB}. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private static String time(Instant t) {
    return t == null ? "" : t.toString();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
