package io.recordingrescue.sandbox.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordingrescue.webex.Recording;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A list page's body, {@code {"items":[…]}}, from each recording's JSON written once and kept until
 * the recording changes (a restore makes a new one): the bytes Jackson writes for the page, without
 * encoding a hundred recordings' strings again for every request. That encoding was 60 % of the
 * sandbox's CPU while the window loaded 50,000 recordings from it (JFR), and in sandbox mode the
 * sandbox shares the process, and its two cores, with the window.
 */
final class ItemsPageJson {
  private static final byte[] START = "{\"items\":[".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "]}".getBytes(StandardCharsets.US_ASCII);

  private record Written(Recording recording, byte[] json) {}

  private final ObjectMapper mapper;
  private final Map<String, Written> byId = new ConcurrentHashMap<>();

  ItemsPageJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  byte[] page(List<Recording> items) throws IOException {
    byte[][] parts = new byte[items.size()][];
    int length = START.length + END.length + Math.max(0, items.size() - 1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = json(items.get(i));
      length += parts[i].length;
    }
    byte[] page = new byte[length];
    System.arraycopy(START, 0, page, 0, START.length);
    int at = START.length;
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        page[at++] = ',';
      }
      System.arraycopy(parts[i], 0, page, at, parts[i].length);
      at += parts[i].length;
    }
    System.arraycopy(END, 0, page, at, END.length);
    return page;
  }

  private byte[] json(Recording recording) throws IOException {
    if (recording.id() == null) {
      return mapper.writeValueAsBytes(recording);
    }
    Written written = byId.get(recording.id());
    if (written == null || !written.recording().equals(recording)) {
      written = new Written(recording, mapper.writeValueAsBytes(recording));
      byId.put(recording.id(), written);
    }
    return written.json();
  }
}
