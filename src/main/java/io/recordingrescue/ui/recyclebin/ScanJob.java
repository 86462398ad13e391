package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.BinSource;
import io.recordingrescue.ui.Job;
import io.recordingrescue.ui.JobContext;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.ScanListener;
import io.recordingrescue.webex.ScanProgress;
import io.recordingrescue.webex.ScanResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One scan of the bin, off the UI thread: turns each page into rows (stamped with when this app
 * first saw them deleted) and puts them in the {@link PageInbox}.
 */
final class ScanJob implements Job<ScanResult> {
  private final BinSource bin;
  private final ListScope scope;
  private final FirstSeenLedger ledger;
  private final Clock clock;
  private final String title;
  private final PageInbox inbox;
  private final AtomicBoolean cancel;
  private final RowFactory rowFactory = new RowFactory();

  ScanJob(
      BinSource bin,
      ListScope scope,
      FirstSeenLedger ledger,
      Clock clock,
      String title,
      PageInbox inbox,
      AtomicBoolean cancel) {
    this.bin = bin;
    this.scope = scope;
    this.ledger = ledger;
    this.clock = clock;
    this.title = title;
    this.inbox = inbox;
    this.cancel = cancel;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public ScanResult run(JobContext context) throws Exception {
    return bin.scan(
        scope,
        new ScanListener() {
          @Override
          public void onPage(List<Recording> fresh, ScanProgress progress) {
            Map<String, Instant> seen =
                ledger.see(fresh.stream().map(Recording::id).toList(), clock.instant());
            List<RecordingRow> batch = new ArrayList<>(fresh.size());
            for (Recording r : fresh) {
              batch.add(rowFactory.row(r, seen.get(r.id())));
            }
            context.progress(progress.fraction(), title);
            // At most one UI event per page, never one per row.
            inbox.put(batch, progress);
          }

          @Override
          public boolean isCancelled() {
            return cancel.get();
          }
        });
  }

  @Override
  public void cancel() {
    cancel.set(true);
  }
}
