package io.recordingrescue.restore;

import io.recordingrescue.webex.ErrorBody;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.RateGate;
import io.recordingrescue.webex.RateLimitedException;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RestoreRequest;
import io.recordingrescue.webex.ServerErrorException;
import io.recordingrescue.webex.SignInRequiredException;
import io.recordingrescue.webex.WebexApiException;
import io.recordingrescue.webex.WebexNetworkException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory Webex for engine tests: recordings with a status, restore rules like Webex's (404
 * naming unknown ids, 403 naming other owners' ids), scripted and random faults, and a log of every
 * restore call with the fake time it was made. Closes the shared gate on 429 the way the client's
 * interceptor does.
 */
final class FakeGateway implements RestoreGateway {
  enum Fault {
    RATE_LIMITED,
    RATE_LIMITED_NO_RETRY_AFTER,
    SERVER_ERROR,
    CONNECT_FAILED,
    APPLY_THEN_DROP,
    NOOP_204,
    SIGN_IN,
    /** Script placeholder: no fault for this call. */
    NONE
  }

  private static final Fault PASS = Fault.NONE;

  record Call(Instant at, RestoreRequest request, String result) {}

  private final Clock clock;
  private final RateGate gate;
  private final Map<String, Recording> recordings = new LinkedHashMap<>();
  private final Deque<Fault> script = new ArrayDeque<>();
  private final List<Call> calls = new ArrayList<>();
  private final Map<Fault, Integer> injected = new EnumMap<>(Fault.class);
  private final Set<String> foreign = ConcurrentHashMap.newKeySet();
  private Random random;
  private double faultRate;
  private boolean nameBadIds = true;
  private boolean listingIncomplete;
  private boolean networkDead;
  private Duration retryAfter = Duration.ofSeconds(2);
  private int detailsCalls;
  private int listCalls;

  FakeGateway(Clock clock, RateGate gate) {
    this.clock = clock;
    this.gate = gate;
  }

  synchronized Recording add(String id, String status, String owner) {
    Recording r =
        new Recording(
            id,
            "Topic " + id,
            Instant.parse("2026-01-01T00:00:00Z"),
            null,
            "MP3",
            "calling",
            60,
            1000,
            status,
            "owner-" + owner,
            owner,
            "user",
            "US",
            null);
    recordings.put(id, r);
    return r;
  }

  synchronized List<String> addDeleted(String prefix, int n, String owner) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = prefix + i;
      add(id, "deleted", owner);
      ids.add(id);
    }
    return ids;
  }

  synchronized void remove(List<String> ids) {
    ids.forEach(recordings::remove);
  }

  synchronized void foreign(String id) {
    foreign.add(id);
  }

  /** Faults for the next calls in order; null lets a call through. */
  synchronized void script(Fault... faults) {
    for (Fault f : faults) {
      script.add(f == null ? PASS : f);
    }
  }

  synchronized void randomFaults(long seed, double rate) {
    random = new Random(seed);
    faultRate = rate;
  }

  synchronized void nameBadIds(boolean name) {
    nameBadIds = name;
  }

  synchronized void listingIncomplete(boolean value) {
    listingIncomplete = value;
  }

  synchronized void networkDead(boolean value) {
    networkDead = value;
  }

  synchronized void retryAfter(Duration d) {
    retryAfter = d;
  }

  synchronized String status(String id) {
    Recording r = recordings.get(id);
    return r == null ? null : r.status();
  }

  synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  synchronized Map<Fault, Integer> injected() {
    return Map.copyOf(injected);
  }

  synchronized int detailsCalls() {
    return detailsCalls;
  }

  synchronized int listCalls() {
    return listCalls;
  }

  @Override
  public RateGate rateGate() {
    return gate;
  }

  @Override
  public synchronized void restore(RestoreRequest request) {
    if (networkDead) {
      calls.add(new Call(clock.instant(), request, "connect failed"));
      throw new WebexNetworkException("Cannot reach Webex", new ConnectException("refused"), false);
    }
    Fault fault = script.poll();
    if (fault == PASS) {
      fault = null;
    } else if (fault == null && random != null && random.nextDouble() < faultRate) {
      Fault[] all = Fault.values();
      fault = all[random.nextInt(all.length - 2)]; // never SIGN_IN or NONE at random
    }
    if (fault != null) {
      injected.merge(fault, 1, Integer::sum);
    }
    calls.add(new Call(clock.instant(), request, fault == null ? "204" : fault.name()));
    if (fault != null) {
      switch (fault) {
        case RATE_LIMITED -> {
          gate.closeFor(retryAfter);
          throw new RateLimitedException(429, ErrorBody.ofMessage("Too many"), "t429", retryAfter);
        }
        case RATE_LIMITED_NO_RETRY_AFTER -> {
          gate.closeFor(Duration.ofSeconds(5));
          throw new RateLimitedException(429, ErrorBody.ofMessage("Too many"), "t429", null);
        }
        case SERVER_ERROR ->
            throw new ServerErrorException(503, ErrorBody.ofMessage("Busy"), "t503", null);
        case CONNECT_FAILED ->
            throw new WebexNetworkException("no route", new ConnectException("refused"), false);
        case SIGN_IN -> throw new SignInRequiredException(ErrorBody.ofMessage("expired"), "t401");
        case NOOP_204 -> {
          return;
        }
        case APPLY_THEN_DROP -> {
          apply(request);
          throw new WebexNetworkException(
              "The connection failed after the request was sent",
              new SocketTimeoutException("timeout"),
              true);
        }
        default -> throw new IllegalStateException();
      }
    }
    apply(request);
  }

  private void apply(RestoreRequest request) {
    if (request.restoreAll()) {
      String owner = request.ownerEmail();
      for (Recording r : List.copyOf(recordings.values())) {
        if ("deleted".equals(r.status()) && (owner == null || owner.equals(r.ownerEmail()))) {
          recordings.put(r.id(), r.withStatus("available"));
        }
      }
      return;
    }
    List<String> unknown =
        request.recordingIds().stream().filter(id -> !recordings.containsKey(id)).toList();
    if (!unknown.isEmpty()) {
      throw refusal(404, "Recordings not found: ", unknown);
    }
    List<String> notMine = request.recordingIds().stream().filter(foreign::contains).toList();
    if (!notMine.isEmpty()) {
      throw refusal(403, "Not your recordings: ", notMine);
    }
    for (String id : request.recordingIds()) {
      Recording r = recordings.get(id);
      if ("deleted".equals(r.status())) {
        recordings.put(id, r.withStatus("available"));
      }
    }
  }

  private WebexApiException refusal(int status, String text, Collection<String> ids) {
    ErrorBody body =
        nameBadIds
            ? new ErrorBody(
                text + String.join(", ", ids),
                ids.stream().map(id -> new ErrorBody.ErrorItem("bad id " + id)).toList(),
                "tBad")
            : ErrorBody.ofMessage("Some recordings could not be restored.");
    return WebexApiException.of(status, body, "tBad", null);
  }

  @Override
  public synchronized Optional<Recording> details(String id) {
    detailsCalls++;
    if (networkDead) {
      throw new WebexNetworkException("Cannot reach Webex", new IOException("down"), false);
    }
    return Optional.ofNullable(recordings.get(id));
  }

  @Override
  public synchronized BinListing listBin(ListScope scope) {
    listCalls++;
    if (networkDead) {
      throw new WebexNetworkException("Cannot reach Webex", new IOException("down"), false);
    }
    List<Recording> deleted =
        recordings.values().stream()
            .filter(r -> "deleted".equals(r.status()))
            .filter(
                r ->
                    !(scope instanceof ListScope.Owner o)
                        || o.email().value().equals(r.ownerEmail()))
            .toList();
    if (listingIncomplete) {
      return new BinListing(deleted.subList(0, deleted.size() / 2), false);
    }
    return new BinListing(deleted, true);
  }
}
