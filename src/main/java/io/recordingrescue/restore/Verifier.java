package io.recordingrescue.restore;

import io.recordingrescue.webex.ForbiddenException;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RecordingValues;
import io.recordingrescue.webex.SignInRequiredException;
import io.recordingrescue.webex.WebexException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds out where ids are, because a 204 says nothing: the details endpoint for a few ids, one
 * listing of the bin for many. A partial listing proves presence, not absence, so ids it does not
 * show are then looked up one by one.
 */
final class Verifier {
  private static final int GIVE_UP_AFTER = 3;

  private final RestoreGateway gateway;
  private final int detailsThreshold;

  Verifier(RestoreGateway gateway, int detailsThreshold) {
    this.gateway = gateway;
    this.detailsThreshold = detailsThreshold;
  }

  /**
   * Where each id is. Ids a complete listing does not show are looked up one by one when {@code
   * detailsIfAbsent} says so: to tell "available" from "unknown to Webex", or for ids the listing
   * cannot show (outside its scope or horizon).
   */
  Map<String, Seen> look(Collection<String> ids, ListScope scope, Predicate<String> detailsIfAbsent)
      throws InterruptedException {
    Map<String, Seen> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    if (ids.size() <= detailsThreshold) {
      detailsEach(ids, out);
      return out;
    }
    RestoreGateway.BinListing listing = listing(scope);
    if (listing == null) {
      // The listing itself failed: Webex is unreachable, asking id by id would only be slower.
      ids.forEach(id -> out.put(id, Seen.of(Seen.Where.UNKNOWN)));
      return out;
    }
    Map<String, Recording> inBin = new HashMap<>();
    if (listing != null) {
      listing.recordings().forEach(r -> inBin.put(r.id(), r));
    }
    boolean complete = listing != null && listing.complete();
    List<String> ask = new ArrayList<>();
    for (String id : ids) {
      Recording r = inBin.get(id);
      if (r != null) {
        out.put(id, new Seen(Seen.Where.IN_BIN, r, true));
      } else if (complete && !detailsIfAbsent.test(id)) {
        out.put(id, Seen.of(Seen.Where.NOT_IN_BIN));
      } else {
        ask.add(id);
      }
    }
    detailsEach(ask, out);
    return out;
  }

  /** Details for each id; after a few failures in a row the rest are marked unknown unasked. */
  private void detailsEach(Collection<String> ids, Map<String, Seen> out) {
    int failuresInARow = 0;
    for (String id : ids) {
      Seen s = failuresInARow >= GIVE_UP_AFTER ? Seen.of(Seen.Where.UNKNOWN) : details(id);
      failuresInARow = s.where() == Seen.Where.UNKNOWN ? failuresInARow + 1 : 0;
      out.put(id, s);
    }
  }

  /** The whole bin of {@code scope}, or null when it cannot be listed. */
  RestoreGateway.BinListing listing(ListScope scope) throws InterruptedException {
    try {
      return gateway.listBin(scope);
    } catch (SignInRequiredException e) {
      throw e;
    } catch (WebexException e) {
      return null;
    }
  }

  Seen details(String id) {
    try {
      return gateway
          .details(id)
          .map(
              r ->
                  new Seen(
                      RecordingValues.STATUS_DELETED.equalsIgnoreCase(r.status())
                          ? Seen.Where.IN_BIN
                          : RecordingValues.STATUS_PURGED.equalsIgnoreCase(r.status())
                              ? Seen.Where.GONE
                              : Seen.Where.AVAILABLE,
                      r,
                      false))
          .orElse(Seen.of(Seen.Where.GONE));
    } catch (SignInRequiredException e) {
      throw e;
    } catch (ForbiddenException e) {
      return Seen.of(Seen.Where.REFUSED);
    } catch (WebexException e) {
      return Seen.of(Seen.Where.UNKNOWN);
    }
  }
}
