package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.BinSource;
import io.recordingrescue.ui.ErrorMessages;
import io.recordingrescue.ui.Job;
import io.recordingrescue.ui.JobContext;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.UiExecutor;
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
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Starts scans of the bin and reports them: rows as pages arrive, progress, and how the scan ended.
 * Its properties are the scan's state, which the view binds to. UI thread only, except the scan job
 * itself.
 *
 * <p>Each scan has its own cancel flag; it also names the scan, so that pages and results of a scan
 * that a newer refresh replaced are dropped.
 */
public final class BinLoader {
  private final BinSource bin;
  private final UiExecutor ui;
  private final Messages messages;
  private final FirstSeenLedger ledger;
  private final BinState state;
  private final Runnable rowsChanged;

  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper();
  private final ReadOnlyStringWrapper loadMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper lastScanText = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Set<String>> selectionToRestore =
      new ReadOnlyObjectWrapper<>(Set.of());

  private AtomicBoolean currentScanCancel;

  /**
   * @param state whose loaded bin the scanned rows go to
   * @param rowsChanged called after rows were added or a scan ended (updates the status line)
   */
  BinLoader(
      BinSource bin,
      UiExecutor ui,
      Messages messages,
      FirstSeenLedger ledger,
      BinState state,
      Runnable rowsChanged) {
    this.bin = bin;
    this.ui = ui;
    this.messages = messages;
    this.ledger = ledger;
    this.state = state;
    this.rowsChanged = rowsChanged;
  }

  /**
   * Starts a scan of {@code scope} into the (already emptied) rows; when it ends, the ids of {@code
   * wanted} that are in the bin become {@link #selectionToRestoreProperty()}.
   */
  void start(ListScope scope, Set<String> wanted) {
    AtomicBoolean cancel = new AtomicBoolean();
    PageInbox inbox = new PageInbox(ui, (batch, progress) -> addPages(cancel, batch, progress));
    currentScanCancel = cancel;
    loading.set(true);
    loadProgress.set(-1);
    loadMessage.set(messages.get("scan.loading"));
    String title = messages.get("scan.title");
    Job.of(title, context -> scan(scope, inbox, cancel, context, title))
        .onCancel(() -> cancel.set(true))
        .onSuccess(result -> inbox.drainThen(() -> scanFinished(cancel, result, wanted)))
        .onFailure(error -> scanFailed(cancel, error))
        .start(ui);
  }

  /**
   * The scan itself, off the UI thread: turns each page into rows (stamped with when this app first
   * saw them deleted) and puts them in the {@link PageInbox}.
   */
  private ScanResult scan(
      ListScope scope, PageInbox inbox, AtomicBoolean cancel, JobContext context, String title)
      throws InterruptedException {
    RowFactory rowFactory = new RowFactory();
    Clock clock = state.clock();
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
            // Indexed for the search here, off the UI thread; at most one UI event per page.
            inbox.put(SearchIndex.Page.of(batch), progress);
          }

          @Override
          public boolean keepsPages() {
            return true; // as rows: the result's list would hold the bin a second time
          }

          @Override
          public boolean isCancelled() {
            return cancel.get();
          }
        });
  }

  /** Stops the running scan; rows already loaded stay. */
  void cancel() {
    if (currentScanCancel != null) {
      currentScanCancel.set(true);
    }
  }

  /** Shows why no scan started. */
  void refuse(String message) {
    loadMessage.set(message);
  }

  private void addPages(AtomicBoolean scan, List<SearchIndex.Page> batch, ScanProgress progress) {
    if (scan != currentScanCancel) {
      return; // A page of a scan that a newer refresh replaced.
    }
    LoadedBin rows = state.loaded();
    rows.addPages(batch);
    loadProgress.set(progress.fraction());
    loadMessage.set(
        messages.format(
            "scan.progress", progress.windowsDone(), progress.windowsTotal(), rows.size()));
    rowsChanged.run();
  }

  private void scanFinished(AtomicBoolean scan, ScanResult result, Set<String> wanted) {
    if (scan != currentScanCancel) {
      return;
    }
    LoadedBin rows = state.loaded();
    loading.set(false);
    loadProgress.set(1);
    if (result.cancelled()) {
      loadMessage.set(messages.format("scan.cancelled", rows.size()));
    } else if (!result.failures().isEmpty()) {
      loadMessage.set(
          messages.format(
              "scan.partial",
              result.failures().size(),
              ErrorMessages.describe(result.failures().get(0).error(), messages)));
    } else {
      loadMessage.set(
          ledger
              .notSavedBecause()
              .map(why -> messages.format("scan.firstSeenNotSaved", why))
              .orElse(""));
    }
    lastScanText.set(messages.format("scan.last", state.formats().dateTime(result.finishedAt())));
    selectionToRestore.set(rows.loadedAmong(wanted));
    rowsChanged.run();
  }

  private void scanFailed(AtomicBoolean scan, Throwable error) {
    if (scan != currentScanCancel) {
      return;
    }
    loading.set(false);
    loadProgress.set(0);
    loadMessage.set(ErrorMessages.describe(error, messages));
  }

  /** True while a scan runs. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** 0..1, or negative while unknown. */
  public ReadOnlyDoubleProperty loadProgressProperty() {
    return loadProgress.getReadOnlyProperty();
  }

  /** The running scan's progress, or how the last one ended when it did not end well. */
  public ReadOnlyStringProperty loadMessageProperty() {
    return loadMessage.getReadOnlyProperty();
  }

  /** When the last scan ended. */
  public ReadOnlyStringProperty lastScanTextProperty() {
    return lastScanText.getReadOnlyProperty();
  }

  /** Set when a scan ends: the ids the view should select again. */
  public ReadOnlyObjectProperty<Set<String>> selectionToRestoreProperty() {
    return selectionToRestore.getReadOnlyProperty();
  }
}
