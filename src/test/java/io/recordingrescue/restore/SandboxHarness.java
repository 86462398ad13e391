package io.recordingrescue.restore;

import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.faults.FaultKind;
import io.recordingrescue.sandbox.faults.FaultPlan;
import io.recordingrescue.sandbox.oauth.CallerRole;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.RetryPolicy;
import io.recordingrescue.webex.Sleeper;
import io.recordingrescue.webex.WebexClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * A real WebexClient and engine against a sandbox, tuned for fast tests: short backoffs, a 100 ms
 * default when Retry-After is missing, and a client that retries reads often enough that a 20 %
 * fault rate rarely leaves a listing incomplete (the engine copes when it does).
 */
final class SandboxHarness {
  static final RetryPolicy FAST_READS =
      new RetryPolicy(8, 20, Duration.ofMillis(20), Duration.ofSeconds(2), Duration.ofMillis(100));

  static RestoreEngine.Options fastOptions(int concurrency) {
    return RestoreEngine.Options.defaults()
        .withConcurrency(concurrency)
        .withBackoff(Duration.ofMillis(20), Duration.ofSeconds(2), Duration.ofMillis(100));
  }

  /**
   * One call in five fails, spread over every fault the engine must survive; seeded, so each run
   * draws alike (as far as the workers' interleaving lets it).
   */
  static FaultPlan twentyPercentFaults() {
    return FaultPlan.none()
        .withSeed(2026)
        .withRate(FaultKind.TOO_MANY_REQUESTS, 0.02)
        .withRate(FaultKind.TOO_MANY_REQUESTS_NO_RETRY_AFTER, 0.02)
        .withRate(FaultKind.INTERNAL_ERROR, 0.02)
        .withRate(FaultKind.BAD_GATEWAY, 0.03)
        .withRate(FaultKind.SERVICE_UNAVAILABLE, 0.03)
        .withRate(FaultKind.DROP_CONNECTION, 0.03)
        .withRate(FaultKind.RESTORE_THEN_DROP, 0.03)
        .withRate(FaultKind.RESTORE_NOOP, 0.02);
  }

  /** Tokens that the sandbox can renew, like a refresh would. */
  static final class RenewingTokens implements AccessTokenSource {
    private final SandboxServer server;
    private final CallerRole role;
    private final String email;
    private volatile String token;
    final AtomicInteger refreshes = new AtomicInteger();

    RenewingTokens(SandboxServer server, CallerRole role, String email, String first) {
      this.server = server;
      this.role = role;
      this.email = email;
      this.token = first;
    }

    @Override
    public String currentToken() {
      return token;
    }

    @Override
    public synchronized Optional<String> refreshAfterRejection(String rejected) {
      if (!rejected.equals(token)) {
        return Optional.of(token); // another call already refreshed
      }
      token = server.tokens().issue(role, email, SandboxServer.TOKEN_TTL);
      refreshes.incrementAndGet();
      return Optional.of(token);
    }
  }

  /**
   * Sees every request twice: when it enters the client (before the client's own rate gate) and
   * when it reaches the socket (network interceptor); and every 429 that came back with a
   * Retry-After, and when. Calls are synchronous, so both sightings happen on the same thread.
   */
  static final class PauseRecorder implements Interceptor {
    record Pause(Instant receivedAt, Duration retryAfter) {}

    record Send(Instant enteredAt, Instant at, String what) {}

    final List<Pause> pauses = new CopyOnWriteArrayList<>();
    final List<Send> sends = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Instant> entered = new ThreadLocal<>();

    /** The outermost interceptor: notes when a call entered the client. */
    Interceptor entry() {
      return chain -> {
        entered.set(Instant.now());
        try {
          return chain.proceed(chain.request());
        } finally {
          entered.remove();
        }
      };
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      sends.add(
          new Send(
              entered.get(),
              Instant.now(),
              chain.request().method() + " " + chain.request().url().encodedPath()));
      Response response = chain.proceed(chain.request());
      String retryAfter = response.header("Retry-After");
      if (response.code() == 429 && retryAfter != null) {
        pauses.add(new Pause(Instant.now(), Duration.ofSeconds(Long.parseLong(retryAfter.trim()))));
      }
      return response;
    }
  }

  static WebexClient client(URI baseUrl, AccessTokenSource tokens) {
    return client(baseUrl, tokens, new PauseRecorder());
  }

  static WebexClient client(URI baseUrl, AccessTokenSource tokens, PauseRecorder pauses) {
    return WebexClient.builder(baseUrl, tokens)
        .httpClient(
            new OkHttpClient.Builder()
                .addInterceptor(pauses.entry())
                .addNetworkInterceptor(pauses)
                .build())
        .retryPolicy(FAST_READS)
        .time(Clock.systemUTC(), Sleeper.SYSTEM)
        .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
        .build();
  }

  static RestoreEngine engine(WebexClient client, Path journalDir, int concurrency) {
    Clock clock = Clock.systemUTC();
    // One day past a year: the sandbox dates recordings up to a year back from its start.
    RestoreGateway gateway =
        new WebexRestoreGateway(
            client, new BinScanner(client, clock, 3), BinScanner.DEFAULT_HORIZON.plusDays(1));
    return new RestoreEngine(
        gateway, new Journal(journalDir, clock), clock, Sleeper.SYSTEM, fastOptions(concurrency));
  }

  private SandboxHarness() {}
}
