package io.recordingrescue.webex;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Waits at the shared {@link RateGate} before each call, closes the gate when Webex answers 429 or
 * 423, and retries reads (GET) on 429, 5xx and network failures within the {@link RetryPolicy}.
 * Writes are sent once: whoever sends a restore decides what a failure means. A call tagged with a
 * scan's {@link AdaptiveRate} also takes every attempt's turn there and tells it how Webex
 * answered.
 */
final class RateLimitInterceptor implements Interceptor {
  private final RateGate gate;
  private final RetryPolicy policy;
  private final Sleeper sleeper;

  RateLimitInterceptor(RateGate gate, RetryPolicy policy, Sleeper sleeper) {
    this.gate = gate;
    this.policy = policy;
    this.sleeper = sleeper;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    boolean idempotent = "GET".equals(chain.request().method());
    AdaptiveRate pace = chain.request().tag(AdaptiveRate.class);
    int failures = 0;
    int rateLimited = 0;
    while (true) {
      Instant sentAt = await(pace);
      Response response;
      try {
        response = chain.proceed(chain.request());
      } catch (IOException e) {
        // A read that timed out is retried; one cut short because the thread was interrupted is
        // not, and the thread stays interrupted for whoever cancelled it.
        if (!idempotent
            || e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
          throw e;
        }
        if (++failures >= policy.maxAttempts()) {
          throw e;
        }
        pause(policy.backoff(failures));
        continue;
      }
      int code = response.code();
      if (code == 429 || code == 423) {
        Duration wait = policy.rateLimitWait(retryAfter(response), ++rateLimited);
        gate.closeFor(wait);
        if (pace != null) {
          pace.rateLimited(sentAt, wait);
        }
        if (!idempotent || rateLimited >= policy.maxRateLimitedAttempts()) {
          return response;
        }
        response.close();
        continue;
      }
      gate.answered();
      if (pace != null) {
        pace.answered();
      }
      if (code >= 500 && idempotent && ++failures < policy.maxAttempts()) {
        response.close();
        pause(policy.backoff(failures));
        continue;
      }
      return response;
    }
  }

  /**
   * Closes the gate the moment a 429 or 423 comes off the socket, before the answer travels back up
   * the interceptor chain, so no other thread passes the gate in between. The outer interceptor may
   * lengthen the pause (exponential default) when it counts repeated 429s.
   */
  static final class CloseGateOnArrival implements Interceptor {
    private final RateGate gate;
    private final RetryPolicy policy;

    CloseGateOnArrival(RateGate gate, RetryPolicy policy) {
      this.gate = gate;
      this.policy = policy;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      Response response = chain.proceed(chain.request());
      if (response.code() == 429 || response.code() == 423) {
        gate.closeFor(policy.rateLimitWait(retryAfter(response), 1));
      }
      return response;
    }
  }

  /** Seconds from {@code Retry-After}; null when missing or not a number. */
  static Duration retryAfter(Response response) {
    String value = response.header("Retry-After");
    if (value == null) {
      return null;
    }
    try {
      long seconds = Long.parseLong(value.trim());
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      return null; // An HTTP-date is allowed by RFC 9110 but Webex sends seconds.
    }
  }

  /** Waits for the open gate (and the scan's turn, if paced); returns when the call goes out. */
  private Instant await(AdaptiveRate pace) throws IOException {
    try {
      if (pace != null) {
        return pace.awaitTurn();
      }
      gate.awaitOpen();
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Cancelled while waiting for Webex's rate limit");
    }
  }

  private void pause(Duration d) throws IOException {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Cancelled while waiting to retry");
    }
  }
}
