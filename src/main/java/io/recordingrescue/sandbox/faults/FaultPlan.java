package io.recordingrescue.sandbox.faults;

import io.recordingrescue.sandbox.SandboxServer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What faults the sandbox injects, immutable; swap it at run time with {@link
 * SandboxServer#setFaults(FaultPlan)}.
 *
 * <p>Each request draws one number from a {@link java.util.Random} seeded with {@code seed} and
 * walks the rates of the kinds that apply to it in declaration order of {@link FaultKind}; so rates
 * add up, and when their sum passes 1 the later kinds are starved. A rate of 1.0 for one kind makes
 * every applicable request fail that way.
 *
 * @param latencyMillis fixed delay before every API answer
 * @param jitterMillis extra random delay, uniform in {@code [0, jitterMillis]}
 * @param rates chance (0..1) per kind; {@link FaultKind#RATE_LIMITED} is ignored here
 * @param retryAfterSeconds value of {@code Retry-After} on injected 429s (0 allowed)
 * @param slowBodyMillis how long a {@link FaultKind#SLOW_BODY} answer takes to dribble out
 * @param maxRequestsPerSecondPerToken above this many requests in one second a token gets 429 with
 *     {@code Retry-After: 1}; 0 turns the limit off
 */
public record FaultPlan(
    long seed,
    long latencyMillis,
    long jitterMillis,
    Map<FaultKind, Double> rates,
    int retryAfterSeconds,
    long slowBodyMillis,
    int maxRequestsPerSecondPerToken) {

  public FaultPlan {
    if (latencyMillis < 0 || jitterMillis < 0) {
      throw new IllegalArgumentException("latency and jitter must not be negative");
    }
    if (retryAfterSeconds < 0) {
      throw new IllegalArgumentException("retryAfterSeconds must not be negative");
    }
    if (slowBodyMillis < 0) {
      throw new IllegalArgumentException("slowBodyMillis must not be negative");
    }
    if (maxRequestsPerSecondPerToken < 0) {
      throw new IllegalArgumentException("maxRequestsPerSecondPerToken must not be negative");
    }
    EnumMap<FaultKind, Double> copy = new EnumMap<>(FaultKind.class);
    if (rates != null) {
      rates.forEach(
          (kind, rate) -> {
            if (rate == null || rate < 0.0 || rate > 1.0 || rate.isNaN()) {
              throw new IllegalArgumentException(
                  "rate for " + kind + " must be between 0 and 1, was " + rate);
            }
            if (rate > 0.0) {
              copy.put(kind, rate);
            }
          });
    }
    rates = Collections.unmodifiableMap(copy);
  }

  /** No faults, no latency, no rate limit. */
  public static FaultPlan none() {
    return new FaultPlan(1L, 0, 0, Map.of(), 1, 1_000, 0);
  }

  /** The chance of {@code kind}, 0 when not set. */
  public double rate(FaultKind kind) {
    return rates.getOrDefault(kind, 0.0);
  }

  public FaultPlan withSeed(long newSeed) {
    return new FaultPlan(
        newSeed,
        latencyMillis,
        jitterMillis,
        rates,
        retryAfterSeconds,
        slowBodyMillis,
        maxRequestsPerSecondPerToken);
  }

  public FaultPlan withLatency(long newLatencyMillis, long newJitterMillis) {
    return new FaultPlan(
        seed,
        newLatencyMillis,
        newJitterMillis,
        rates,
        retryAfterSeconds,
        slowBodyMillis,
        maxRequestsPerSecondPerToken);
  }

  public FaultPlan withRate(FaultKind kind, double rate) {
    EnumMap<FaultKind, Double> copy = new EnumMap<>(FaultKind.class);
    copy.putAll(rates);
    copy.put(kind, rate);
    return new FaultPlan(
        seed,
        latencyMillis,
        jitterMillis,
        copy,
        retryAfterSeconds,
        slowBodyMillis,
        maxRequestsPerSecondPerToken);
  }

  public FaultPlan withRetryAfterSeconds(int seconds) {
    return new FaultPlan(
        seed,
        latencyMillis,
        jitterMillis,
        rates,
        seconds,
        slowBodyMillis,
        maxRequestsPerSecondPerToken);
  }

  public FaultPlan withSlowBodyMillis(long millis) {
    return new FaultPlan(
        seed,
        latencyMillis,
        jitterMillis,
        rates,
        retryAfterSeconds,
        millis,
        maxRequestsPerSecondPerToken);
  }

  public FaultPlan withRateLimit(int maxPerSecondPerToken) {
    return new FaultPlan(
        seed,
        latencyMillis,
        jitterMillis,
        rates,
        retryAfterSeconds,
        slowBodyMillis,
        maxPerSecondPerToken);
  }
}
