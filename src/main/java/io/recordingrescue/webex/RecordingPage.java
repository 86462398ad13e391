package io.recordingrescue.webex;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** One page of a list call and the (repaired) link to the next one. */
public record RecordingPage(List<Recording> items, Optional<URI> next) {
  public RecordingPage {
    items = List.copyOf(items);
  }
}
