package io.recordingrescue.restore.incident;

import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.ForbiddenException;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RecordingSpan;
import io.recordingrescue.webex.ScanListener;
import io.recordingrescue.webex.ScanResult;
import io.recordingrescue.webex.WebexException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Lists each owner's recycle bin (the admin listing with {@code ownerEmail}) a few owners at once,
 * and sums it up per owner. A 403 becomes that owner's outcome instead of failing the preview.
 */
public final class IncidentPreviewer {

  /** Reads one bin completely (the client's windowed scan). Blocking. */
  @FunctionalInterface
  public interface BinLister {
    ScanResult scan(ListScope scope, ScanListener listener) throws InterruptedException;
  }

  /** Called after each owner, from worker threads. */
  @FunctionalInterface
  public interface Progress {
    void ownerListed(OwnerPreview preview, int listed, int total);
  }

  private final BinLister lister;
  private final int ownersAtOnce;

  public IncidentPreviewer(BinLister lister, int ownersAtOnce) {
    if (ownersAtOnce < 1) {
      throw new IllegalArgumentException("ownersAtOnce must be at least 1");
    }
    this.lister = lister;
    this.ownersAtOnce = ownersAtOnce;
  }

  /** One preview per owner, in the order given. */
  public List<OwnerPreview> preview(
      List<EmailAddress> owners, Progress progress, BooleanSupplier cancelled)
      throws InterruptedException {
    if (owners.isEmpty()) {
      return List.of();
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(ownersAtOnce, owners.size()),
            r -> {
              Thread t = new Thread(r, "incident-preview");
              t.setDaemon(true);
              return t;
            });
    AtomicInteger listed = new AtomicInteger();
    try {
      List<Future<OwnerPreview>> futures = new ArrayList<>();
      for (EmailAddress owner : owners) {
        futures.add(
            pool.submit(
                () -> {
                  OwnerPreview p = previewOne(owner, cancelled);
                  progress.ownerListed(p, listed.incrementAndGet(), owners.size());
                  return p;
                }));
      }
      List<OwnerPreview> out = new ArrayList<>();
      for (Future<OwnerPreview> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof InterruptedException ie) {
            throw ie;
          }
          throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** One owner's bin, summed up. */
  public OwnerPreview previewOne(EmailAddress owner, BooleanSupplier cancelled)
      throws InterruptedException {
    if (cancelled.getAsBoolean()) {
      return new OwnerPreview(owner, OwnerPreview.Status.FAILED, 0, 0, null, null, "Cancelled.");
    }
    ScanResult result =
        lister.scan(
            ListScope.owner(owner),
            new ScanListener() {
              @Override
              public void onPage(
                  List<Recording> fresh, io.recordingrescue.webex.ScanProgress progress) {}

              @Override
              public boolean isCancelled() {
                return cancelled.getAsBoolean();
              }
            });
    return summarize(owner, result);
  }

  static OwnerPreview summarize(EmailAddress owner, ScanResult result) {
    List<Recording> recs = result.recordings();
    WebexException forbidden =
        result.failures().stream()
            .map(ScanResult.WindowFailure::error)
            .filter(ForbiddenException.class::isInstance)
            .findFirst()
            .orElse(null);
    if (forbidden != null) {
      return new OwnerPreview(
          owner,
          OwnerPreview.Status.NOT_ALLOWED,
          0,
          0,
          null,
          null,
          "Webex refused to list this owner (HTTP 403): not in your organisation, or not allowed."
              + " Nothing will be sent for this owner.");
    }
    RecordingSpan span = RecordingSpan.of(recs);
    if (result.cancelled()) {
      return OwnerPreview.of(owner, OwnerPreview.Status.FAILED, span, "Cancelled.");
    }
    if (!result.failures().isEmpty()) {
      String why = result.failures().get(0).error().getMessage();
      boolean nothing = recs.isEmpty();
      return OwnerPreview.of(
          owner,
          nothing ? OwnerPreview.Status.FAILED : OwnerPreview.Status.INCOMPLETE,
          span,
          (nothing
                  ? "The bin could not be listed ("
                  : "Part of the bin could not be listed; the count may be low (")
              + why
              + ").");
    }
    return OwnerPreview.of(
        owner, recs.isEmpty() ? OwnerPreview.Status.EMPTY : OwnerPreview.Status.IN_BIN, span, null);
  }
}
