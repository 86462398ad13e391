package io.recordingrescue.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.data.DataSet;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.WebexJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Recordings of a big org bin, as the client gets them from the wire. */
final class BenchData {
  private BenchData() {}

  /**
   * {@code count} sandbox recordings (500 owners, realistic topics), each written to JSON and read
   * back, so that every string is its own copy as after a real scan (the generator shares them).
   */
  static List<Recording> wireRecordings(int count) throws IOException {
    DataSet data =
        DataSet.generate(
            SandboxConfig.builder()
                .recordCount(count)
                .ownerCount(500)
                .deletedFraction(1.0)
                .build());
    ObjectMapper json = WebexJson.newMapper();
    List<Recording> out = new ArrayList<>(count);
    for (Recording r : data.recordings()) {
      out.add(json.readValue(json.writeValueAsBytes(r), Recording.class));
    }
    return out;
  }
}
