package io.recordingrescue.ui;

import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.ScanListener;
import io.recordingrescue.webex.ScanResult;

/** Reads a whole recycle bin page by page (the client's windowed scan). Blocking. */
public interface BinSource {
  ScanResult scan(ListScope scope, ScanListener listener) throws InterruptedException;
}
