package io.recordingrescue.webex;

/**
 * How a client's scans and restores adapt their request rate to Webex's limit on the token (AIMD on
 * the rate, as TCP does on its window). A client starts unpaced. After the first 429 it sends
 * {@code backoff} times the rate Webex accepted in the second before, and keeps to that pace from
 * one scan or job to the next; a pace left unused for a minute is forgotten. A 429 that comes
 * before a pace has held for two calm seconds means the pace was still too fast, and cuts it by
 * {@code repeatBackoff}; a pace that has held grows by {@code recovery} requests/s every two calm
 * seconds in which it held requests back. The shared {@link RateGate} still stops every request for
 * the Retry-After first.
 *
 * @param enabled false: a scan sends as fast as its windows allow, as scans did before pacing
 * @param backoff share (0..1) of the accepted rate to fall back to after a 429
 * @param repeatBackoff share (0..1) of the pace to fall back to when it had not held yet
 * @param recovery requests/s added after each two calm seconds
 * @param minPerSecond the pace never drops below this many requests/s
 */
public record RatePacing(
    boolean enabled, double backoff, double repeatBackoff, double recovery, double minPerSecond) {

  public RatePacing {
    if (!(backoff > 0.0 && backoff < 1.0) || !(repeatBackoff > 0.0 && repeatBackoff < 1.0)) {
      throw new IllegalArgumentException("backoffs must be between 0 and 1");
    }
    if (!(recovery > 0.0) || !(minPerSecond > 0.0)) {
      throw new IllegalArgumentException("recovery and minimum rate must be positive");
    }
  }

  /**
   * 90 % of what Webex accepted, 70 % of a pace that did not hold, 1 request/s more per two calm
   * seconds: a probe past the limit costs a Retry-After pause, so it should come seldom.
   */
  public static RatePacing adaptive() {
    return new RatePacing(true, 0.9, 0.7, 1.0, 1.0);
  }

  /** No pacing: only the shared gate's pause after a 429. */
  public static RatePacing off() {
    return new RatePacing(false, 0.9, 0.7, 1.0, 1.0);
  }
}
