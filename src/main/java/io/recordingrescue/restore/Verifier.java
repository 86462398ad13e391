package io.recordingrescue.restore;

import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.InvalidRequestException;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.ScanWindow;
import io.recordingrescue.webex.SignInRequiredException;
import io.recordingrescue.webex.WebexApiException;
import io.recordingrescue.webex.WebexException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * Finds out where ids are, because a 204 says nothing, and only from bin listings: the details
 * endpoint answers differently from one Webex to another (404 for recordings in the bin, or for
 * other owners'), so it settles nothing: at most it tells a few ids' createTimes, to narrow a
 * listing that then decides.
 *
 * <p>Ids with a hint are looked for in the windows that hold their createTimes, per owner when an
 * admin's job has few owners; the rest (no hint, or not found where the hint points) in one listing
 * of the whole bin. A narrowed listing proves absence only for an id a listing had already shown at
 * that place; a partial listing proves presence, never absence.
 */
final class Verifier {
  /** An admin's job with up to this many owners lists each owner's bin; more, the org's. */
  static final int OWNER_FILTER_MAX = 10;

  /** In the org's bin (thousands a month) nearby ids share a window only within this gap. */
  static final Duration ORG_MERGE_GAP = Duration.ofHours(1);

  /**
   * More narrowed listings than this cost more than one listing of the whole bin (a year is 13
   * windows of 30 days, plus their pages), so the ids are looked for there instead.
   */
  static final int MAX_NARROW_LISTINGS = 40;

  /**
   * Up to this many ids with nothing known are first asked about one by one, for a createTime to
   * narrow the listing (the answer is a hint only; under readings that hide bin items it is 404).
   */
  static final int DETAILS_HINTS_MAX = 50;

  /** After this many failed or empty details answers in a row, the rest are not asked. */
  private static final int GIVE_UP_AFTER = 3;

  /** createTime has second precision: a window ends a second past its last id. */
  private static final Duration PAST_LAST = Duration.ofSeconds(1);

  private final RestoreGateway gateway;
  private final boolean useHints;

  /**
   * @param useHints false verifies every id with a whole-bin listing (the baseline the benchmark
   *     compares with)
   */
  Verifier(RestoreGateway gateway, boolean useHints) {
    this.gateway = gateway;
    this.useHints = useHints;
  }

  /**
   * Where each id is. {@code hints} says where ids should be; {@code placed} which of those a
   * listing already showed there. {@code searchingWholeBin} hears how many ids the whole-bin
   * listing is for, before it starts.
   */
  Map<String, Seen> look(
      Collection<String> ids,
      ListScope scope,
      Map<String, IdHint> hints,
      Predicate<String> placed,
      IntConsumer searchingWholeBin)
      throws InterruptedException {
    Map<String, Seen> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    Set<String> wholeBin = new LinkedHashSet<>();
    Map<String, IdHint> hinted = new LinkedHashMap<>();
    for (String id : ids) {
      IdHint h = useHints ? hints.get(id) : null;
      if (h == null) {
        wholeBin.add(id);
      } else {
        hinted.put(id, h);
      }
    }
    List<NarrowListing> narrow = narrowListings(hinted, scope);
    if (narrow.size() > MAX_NARROW_LISTINGS) {
      wholeBin.addAll(hinted.keySet());
      narrow = List.of();
    }
    for (NarrowListing n : narrow) {
      RestoreGateway.BinListing listing;
      try {
        listing = gateway.listWindow(n.scope(), n.from(), n.to());
      } catch (SignInRequiredException e) {
        throw e;
      } catch (InvalidRequestException e) {
        wholeBin.addAll(n.ids()); // a window Webex will not list (a createTime far off, say)
        continue;
      } catch (WebexException e) {
        if (e instanceof WebexApiException api && WebexRestoreGateway.refusesTheListing(api)) {
          wholeBin.addAll(n.ids()); // an owner Webex will not list for us: a stale hint, say
          continue;
        }
        listing = null;
      }
      Map<String, Recording> found = index(listing);
      for (String id : n.ids()) {
        Recording r = found.get(id);
        if (r != null) {
          out.put(id, new Seen(Seen.Where.IN_BIN, r));
        } else if (listing == null || !listing.complete()) {
          out.put(id, Seen.of(Seen.Where.UNKNOWN));
        } else if (placed.test(id)) {
          out.put(id, Seen.of(Seen.Where.NOT_IN_BIN)); // a listing showed it here before
        } else {
          wholeBin.add(id); // a stale hint proves nothing: look everywhere
        }
      }
    }
    if (!wholeBin.isEmpty()) {
      searchingWholeBin.accept(wholeBin.size());
      RestoreGateway.BinListing listing = listing(scope);
      Map<String, Recording> found = index(listing);
      boolean complete = listing != null && listing.complete();
      for (String id : wholeBin) {
        Recording r = found.get(id);
        out.put(
            id,
            r != null
                ? new Seen(Seen.Where.IN_BIN, r)
                : Seen.of(complete ? Seen.Where.NOT_IN_BIN : Seen.Where.UNKNOWN));
      }
    }
    Map<String, Seen> ordered = new LinkedHashMap<>();
    ids.forEach(id -> ordered.put(id, out.get(id)));
    return ordered;
  }

  /**
   * Where the details endpoint says a few ids with nothing known are: createTime and owner, as
   * hints a listing must confirm. Ids it will not show (404, 403, errors) are simply not hinted.
   */
  Map<String, IdHint> hintsFromDetails(Collection<String> raw) {
    Map<String, IdHint> out = new LinkedHashMap<>();
    if (!useHints || raw.isEmpty() || raw.size() > DETAILS_HINTS_MAX) {
      return out;
    }
    int missesInARow = 0;
    for (String id : raw) {
      if (missesInARow >= GIVE_UP_AFTER) {
        break;
      }
      Recording r;
      try {
        r = gateway.details(id).orElse(null);
      } catch (SignInRequiredException e) {
        throw e;
      } catch (WebexException e) {
        r = null;
      }
      if (r == null || r.createTime() == null) {
        missesInARow++;
      } else {
        missesInARow = 0;
        out.put(id, new IdHint(r.createTime(), r.ownerEmail()));
      }
    }
    return out;
  }

  /** One listing of a scope over [from, to) and the ids expected in it. */
  record NarrowListing(ListScope scope, Instant from, Instant to, List<String> ids) {}

  /**
   * The listings that cover the hinted ids: per owner when an admin's job has few (all with a
   * usable e-mail), else the job's scope; per scope, windows of at most 30 days over the sorted
   * createTimes (the org's only merge ids an hour apart, as its windows are dense).
   */
  static List<NarrowListing> narrowListings(Map<String, IdHint> hinted, ListScope scope) {
    Map<ListScope, List<Map.Entry<String, IdHint>>> byScope = new LinkedHashMap<>();
    Map<String, ListScope> owners = new HashMap<>();
    if (scope instanceof ListScope.Org) {
      for (IdHint h : hinted.values()) {
        if (h.ownerEmail() != null && !owners.containsKey(h.ownerEmail())) {
          owners.put(h.ownerEmail(), ownerScope(h.ownerEmail()));
        }
      }
    }
    boolean perOwner = !owners.isEmpty() && owners.size() <= OWNER_FILTER_MAX;
    for (Map.Entry<String, IdHint> e : hinted.entrySet()) {
      ListScope s = scope;
      if (perOwner && e.getValue().ownerEmail() != null) {
        ListScope o = owners.get(e.getValue().ownerEmail());
        s = o == null ? scope : o;
      }
      byScope.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
    }
    List<NarrowListing> out = new ArrayList<>();
    byScope.forEach(
        (s, entries) -> {
          Duration gap = s instanceof ListScope.Org ? ORG_MERGE_GAP : ScanWindow.MAX_LENGTH;
          TreeMap<Instant, List<String>> byTime = new TreeMap<>();
          entries.forEach(
              e ->
                  byTime
                      .computeIfAbsent(e.getValue().createTime(), t -> new ArrayList<>())
                      .add(e.getKey()));
          Instant from = null;
          Instant last = null;
          List<String> ids = new ArrayList<>();
          for (Map.Entry<Instant, List<String>> t : byTime.entrySet()) {
            Instant time = t.getKey();
            boolean fits =
                from != null
                    && Duration.between(last, time).compareTo(gap) <= 0
                    && Duration.between(from, time.plus(PAST_LAST)).compareTo(ScanWindow.MAX_LENGTH)
                        <= 0;
            if (from != null && !fits) {
              out.add(new NarrowListing(s, from, last.plus(PAST_LAST), ids));
              ids = new ArrayList<>();
              from = null;
            }
            if (from == null) {
              from = time;
            }
            last = time;
            ids.addAll(t.getValue());
          }
          if (from != null) {
            out.add(new NarrowListing(s, from, last.plus(PAST_LAST), ids));
          }
        });
    return out;
  }

  /** An e-mail from a spreadsheet may be anything: one that does not parse lists the org. */
  private static ListScope ownerScope(String email) {
    try {
      return ListScope.owner(EmailAddress.parse(email));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Map<String, Recording> index(RestoreGateway.BinListing listing) {
    Map<String, Recording> found = new HashMap<>();
    if (listing != null) {
      listing.recordings().forEach(r -> found.put(r.id(), r));
    }
    return found;
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
}
