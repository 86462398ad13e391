package io.recordingrescue.sandbox.faults;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides, per request, which fault (if any) to inject: a scripted one first, then the per-token
 * rate limit, then a seeded random draw from the current {@link FaultPlan}. Thread-safe.
 */
public final class FaultInjector {

  /** A fault chosen for one request. */
  public record Decision(FaultKind kind, int retryAfterSeconds) {}

  private record Script(String method, String pathPrefix, ScriptedFault fault) {}

  private final List<Script> scripts = new ArrayList<>();
  private final Map<FaultKind, AtomicLong> counts = new ConcurrentHashMap<>();
  private final Map<String, long[]> rateWindows = new ConcurrentHashMap<>();
  private final Clock rateLimitClock;
  private FaultPlan plan;
  private Random random;

  /** {@code rateLimitClock}: whose seconds the per-token rate limit counts in. */
  public FaultInjector(FaultPlan plan, Clock rateLimitClock) {
    this.rateLimitClock = rateLimitClock;
    setPlan(plan);
  }

  public synchronized void setPlan(FaultPlan newPlan) {
    this.plan = newPlan == null ? FaultPlan.none() : newPlan;
    this.random = new Random(plan.seed());
  }

  public synchronized FaultPlan plan() {
    return plan;
  }

  public synchronized void script(String method, String pathPrefix, ScriptedFault fault) {
    if (pathPrefix == null || fault == null) {
      throw new IllegalArgumentException("pathPrefix and fault are required");
    }
    String prefix =
        pathPrefix.startsWith("/v1/") || pathPrefix.equals("/v1")
            ? pathPrefix
            : "/v1" + (pathPrefix.startsWith("/") ? "" : "/") + pathPrefix;
    scripts.add(new Script(method, prefix, fault));
  }

  /** Milliseconds to wait before answering: the plan's latency plus jitter. */
  public synchronized long latencyMillis() {
    long jitter =
        plan.jitterMillis() == 0 ? 0 : (long) (random.nextDouble() * (plan.jitterMillis() + 1));
    return plan.latencyMillis() + jitter;
  }

  /**
   * The fault for this request, if any, counted as injected.
   *
   * @param rateKey the caller's credentials (the raw Authorization header) for the rate limit
   */
  public Optional<Decision> decide(
      String method, String path, boolean isRestore, boolean isList, String rateKey) {
    Optional<Decision> decision = chooseLocked(method, path, isRestore, isList, rateKey);
    decision.ifPresent(
        d -> counts.computeIfAbsent(d.kind(), k -> new AtomicLong()).incrementAndGet());
    return decision;
  }

  private synchronized Optional<Decision> chooseLocked(
      String method, String path, boolean isRestore, boolean isList, String rateKey) {
    for (Iterator<Script> it = scripts.iterator(); it.hasNext(); ) {
      Script script = it.next();
      if ((script.method() == null || script.method().equalsIgnoreCase(method))
          && path.startsWith(script.pathPrefix())
          && script.fault().kind().appliesTo(isRestore, isList)) {
        it.remove();
        return Optional.of(new Decision(script.fault().kind(), script.fault().retryAfterSeconds()));
      }
    }
    if (plan.maxRequestsPerSecondPerToken() > 0 && overRateLimit(rateKey)) {
      return Optional.of(new Decision(FaultKind.RATE_LIMITED, 1));
    }
    if (plan.rates().isEmpty()) {
      return Optional.empty();
    }
    double draw = random.nextDouble();
    double cumulative = 0.0;
    for (FaultKind kind : FaultKind.values()) {
      if (kind == FaultKind.RATE_LIMITED || !kind.appliesTo(isRestore, isList)) {
        continue;
      }
      cumulative += plan.rate(kind);
      if (plan.rate(kind) > 0 && draw < cumulative) {
        return Optional.of(new Decision(kind, plan.retryAfterSeconds()));
      }
    }
    return Optional.empty();
  }

  /**
   * A fixed one-second window per key, in the rate-limit clock's seconds; called with the lock
   * held.
   */
  private boolean overRateLimit(String rateKey) {
    long second = Math.floorDiv(rateLimitClock.millis(), 1000L);
    long[] window = rateWindows.computeIfAbsent(rateKey == null ? "" : rateKey, k -> new long[2]);
    if (window[0] != second) {
      window[0] = second;
      window[1] = 0;
    }
    window[1]++;
    return window[1] > plan.maxRequestsPerSecondPerToken();
  }

  /** Injected faults so far, by {@link FaultKind} name, in name order. */
  public Map<String, Long> counts() {
    Map<String, Long> snapshot = new TreeMap<>();
    counts.forEach((kind, count) -> snapshot.put(kind.name(), count.get()));
    return snapshot;
  }
}
