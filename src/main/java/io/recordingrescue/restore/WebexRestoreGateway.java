package io.recordingrescue.restore;

import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.InvalidRequestException;
import io.recordingrescue.webex.ListQuery;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.RateGate;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RecordingPage;
import io.recordingrescue.webex.RestoreRequest;
import io.recordingrescue.webex.ScanListener;
import io.recordingrescue.webex.ScanResult;
import io.recordingrescue.webex.SignInRequiredException;
import io.recordingrescue.webex.WebexApiException;
import io.recordingrescue.webex.WebexClient;
import io.recordingrescue.webex.WebexException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link RestoreGateway} over the real (or sandbox) Webex API. */
public final class WebexRestoreGateway implements RestoreGateway {
  private final WebexClient client;
  private final BinScanner scanner;
  private final Duration horizon;

  public WebexRestoreGateway(WebexClient client, BinScanner scanner, Duration horizon) {
    this.client = client;
    this.scanner = scanner;
    this.horizon = horizon;
  }

  /** The product's gateway: verification lists the bin as {@link Tuning#PRODUCT} says. */
  public static WebexRestoreGateway of(WebexClient client, java.time.Clock clock) {
    return Tuning.PRODUCT.gateway(client, clock);
  }

  /** How {@link #listBin} scans (for the check that the product scans one way everywhere). */
  public io.recordingrescue.webex.ScanSettings scanSettings() {
    return scanner.settings();
  }

  @Override
  public RateGate rateGate() {
    return client.rateGate();
  }

  @Override
  public void restore(RestoreRequest request) {
    client.restore(request);
  }

  @Override
  public Optional<Recording> details(String id) {
    return client.recording(id);
  }

  @Override
  public BinListing listBin(ListScope scope) throws InterruptedException {
    ScanResult result = scanner.scan(scope, horizon, ScanListener.NONE);
    return new BinListing(result.recordings(), result.complete());
  }

  /** One window, page after page; incomplete when a page fails after the client's retries. */
  @Override
  public BinListing listWindow(ListScope scope, Instant from, Instant to) {
    List<Recording> items = new ArrayList<>();
    try {
      RecordingPage page = client.listPage(scope, ListQuery.deleted(from, to));
      items.addAll(page.items());
      while (page.next().isPresent()) {
        page = client.nextPage(page.next().get());
        items.addAll(page.items());
      }
      return new BinListing(items, true);
    } catch (InvalidRequestException | SignInRequiredException e) {
      throw e;
    } catch (WebexApiException e) {
      if (refusesTheListing(e)) {
        throw e; // asking again will not help: the caller looks elsewhere
      }
      return new BinListing(items, false);
    } catch (WebexException e) {
      return new BinListing(items, false);
    }
  }

  /**
   * A 4xx other than 429 on a narrowed listing: Webex will not list that owner or window (an owner
   * of another organisation is 403, an unknown one may be 404). Not a network failure to retry.
   */
  static boolean refusesTheListing(WebexApiException e) {
    return e.status() >= 400 && e.status() < 500 && e.status() != 429;
  }
}
