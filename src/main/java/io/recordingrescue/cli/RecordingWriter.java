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
import java.util.ArrayList;
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
    out.println(String.join(",", CSV_COLUMNS));
    for (Recording r : recordings) {
      List<String> cells =
          List.of(
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
              text(r.storageRegion()));
      List<String> quoted = new ArrayList<>(cells.size());
      for (String cell : cells) {
        quoted.add(Csv.quote(cell));
      }
      out.println(String.join(",", quoted));
    }
  }

  private static void table(List<Recording> recordings, PrintStream out) {
    String row = "%-16s  %-32s  %10s  %8s  %-40s  %s%n";
    out.printf(row, "CREATED (UTC)", "OWNER", "SIZE", "LENGTH", "TOPIC", "ID");
    for (Recording r : recordings) {
      out.printf(
          row,
          r.createTime() == null ? "" : TABLE_TIME.format(r.createTime()),
          cut(text(r.ownerEmail()), 32),
          size(r.sizeBytes()),
          ProgressPrinter.duration(java.time.Duration.ofSeconds(r.durationSeconds())),
          cut(text(r.topic()), 40),
          text(r.id()));
    }
    out.printf("%d recording(s), %s%n", recordings.size(), size(totalSize(recordings)));
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
