package io.recordingrescue.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.recordingrescue.sandbox.api.ApiHandler;
import io.recordingrescue.sandbox.api.RequestLog;
import io.recordingrescue.sandbox.api.RequestRecord;
import io.recordingrescue.sandbox.api.RestoreCall;
import io.recordingrescue.sandbox.api.SandboxJson;
import io.recordingrescue.sandbox.data.DataSet;
import io.recordingrescue.sandbox.data.WebexIds;
import io.recordingrescue.sandbox.faults.FaultInjector;
import io.recordingrescue.sandbox.faults.FaultKind;
import io.recordingrescue.sandbox.faults.FaultPlan;
import io.recordingrescue.sandbox.faults.ScriptedFault;
import io.recordingrescue.sandbox.oauth.CallerRole;
import io.recordingrescue.sandbox.oauth.TokenRegistry;
import io.recordingrescue.webex.Recording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded Webex-like API on 127.0.0.1 for the app's run command, tests, the CLI and benchmarks:
 * seeded recordings, user and admin tokens, Webex's list and restore rules, and faults on demand.
 *
 * <pre>{@code
 * try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults())) {
 *   URI base = sandbox.baseUrl();           // http://127.0.0.1:PORT/v1
 *   String token = sandbox.userToken();
 *   sandbox.scriptNext("/v1/convergedRecordings", ScriptedFault.tooManyRequests(1));
 * }
 * }</pre>
 */
public final class SandboxServer implements AutoCloseable {

  /** Lifetime of the two tokens made at start, like a Webex access token. */
  public static final Duration TOKEN_TTL = Duration.ofDays(14);

  public static final String ADMIN_EMAIL = "admin@sandbox.example.com";

  private static final int THREADS = 32;

  /** The JDK server's switch for TCP_NODELAY on the connections it accepts. */
  public static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

  private final SandboxConfig config;
  private final DataSet data;
  private final TokenRegistry tokens;
  private final FaultInjector faults;
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<RestoreCall> restoreLog = Collections.synchronizedList(new ArrayList<>());
  private final RequestLog requestLog = new RequestLog();
  private final String userToken;
  private final String adminToken;
  private final URI baseUrl;

  private SandboxServer(SandboxConfig config) throws IOException {
    this.config = config;
    this.data = DataSet.generate(config);
    this.tokens = new TokenRegistry(config.clock());
    this.faults = new FaultInjector(config.faults(), config.rateLimitClock());
    this.userToken = tokens.issue(CallerRole.USER, userEmail(), TOKEN_TTL);
    this.adminToken = tokens.issue(CallerRole.ADMIN, ADMIN_EMAIL, TOKEN_TTL);
    ObjectMapper mapper = SandboxJson.newMapper();
    String orgId = WebexIds.of("ORGANIZATION", new UUID(config.seed(), ~config.seed()).toString());
    ApiHandler api =
        new ApiHandler(
            data,
            tokens,
            faults,
            config.clock(),
            mapper,
            restoreLog::add,
            orgId,
            config.detailsReading());
    this.server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 0);
    this.executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
    server.setExecutor(executor);
    server.createContext("/", requestLog.around(api));
    URI origin = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    api.setOrigin(origin);
    this.baseUrl = URI.create(origin + "/v1");
    server.start();
  }

  /**
   * Asks the JDK's HTTP server to send each reply at once (TCP_NODELAY), for this whole process:
   * without it a reply's separate header and body writes meet delayed ACKs and each answer waits
   * ~40 ms, so benchmarks would measure that instead of the client. The JDK reads the setting once,
   * before its first server starts, and it holds for every server in the process: so it is the
   * process's entry point (the launcher, the CLI, the test launcher) that calls this, not a class
   * as it loads. A value given with {@code -D} wins.
   */
  public static void preferImmediateReplies() {
    if (System.getProperty(NO_DELAY_PROPERTY) == null) {
      System.setProperty(NO_DELAY_PROPERTY, "true");
    }
  }

  /**
   * Generates the data set and starts serving.
   *
   * @throws UncheckedIOException when the port cannot be bound (e.g. a configured port is taken)
   */
  public static SandboxServer start(SandboxConfig config) {
    try {
      return new SandboxServer(config == null ? SandboxConfig.defaults() : config);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the sandbox on 127.0.0.1 port " + (config == null ? 0 : config.port()),
          e);
    }
  }

  /** {@code http://127.0.0.1:PORT/v1}, the base URL a Webex client is given. */
  public URI baseUrl() {
    return baseUrl;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** A token for {@link #userEmail()}, valid for {@link #TOKEN_TTL}. */
  public String userToken() {
    return userToken;
  }

  /** A token for the org's administrator, {@link #ADMIN_EMAIL}. */
  public String adminToken() {
    return adminToken;
  }

  /** The owner of {@link #userToken()}; they own about 30 % of the recordings. */
  public String userEmail() {
    return data.owners().get(0).email();
  }

  public String adminEmail() {
    return ADMIN_EMAIL;
  }

  public SandboxConfig config() {
    return config;
  }

  /** Issue, revoke and expire tokens (the auth package's OAuth handlers use it too). */
  public TokenRegistry tokens() {
    return tokens;
  }

  public DataSet dataSet() {
    return data;
  }

  /** A snapshot of all recordings, newest first. */
  public List<Recording> recordings() {
    return data.recordings();
  }

  /** Adds or replaces a recording (by id); returns what is now stored. */
  public Recording put(Recording recording) {
    return data.put(recording);
  }

  public Optional<Recording> find(String id) {
    return data.find(id);
  }

  /** Recordings of this owner in the recycle bin; {@code null} counts everyone's. */
  public long countDeleted(String ownerEmail) {
    return data.countDeleted(ownerEmail);
  }

  /** Replaces the fault plan; its seeded random starts over. */
  public void setFaults(FaultPlan plan) {
    faults.setPlan(plan);
  }

  public FaultPlan faults() {
    return faults.plan();
  }

  /**
   * Makes the next request whose path starts with {@code pathPrefix} fail once this way. A prefix
   * without {@code /v1} is taken as relative to it. Restore-only faults wait for a restore call,
   * list-only faults for a list call. Several scripts queue up in order.
   */
  public void scriptNext(String pathPrefix, ScriptedFault fault) {
    faults.script(null, pathPrefix, fault);
  }

  /** As {@link #scriptNext(String, ScriptedFault)}, for one HTTP method only (e.g. "GET"). */
  public void scriptNext(String method, String pathPrefix, ScriptedFault fault) {
    faults.script(method, pathPrefix, fault);
  }

  /** Faults injected so far by {@link FaultKind} name (only kinds that happened). */
  public Map<String, Long> injectedFaults() {
    return faults.counts();
  }

  /** Every restore call that reached the restore rules, in order. */
  public List<RestoreCall> restoreLog() {
    synchronized (restoreLog) {
      return List.copyOf(restoreLog);
    }
  }

  /** Every request answered (or dropped), in order of completion. */
  public List<RequestRecord> requestLog() {
    return requestLog.snapshot();
  }

  public void clearLogs() {
    restoreLog.clear();
    requestLog.clear();
  }

  /**
   * Serves extra paths, e.g. {@code /v1/authorize}; the more specific path wins over the API. The
   * handler's requests appear in {@link #requestLog()}; it gets no auth or faults from the sandbox.
   */
  public void addContext(String path, HttpHandler handler) {
    server.createContext(path, requestLog.around(handler));
  }

  /** Base URL, user and tokens, for printing by the CLI. Tokens are sandbox-only values. */
  public String describe() {
    return String.join(
        System.lineSeparator(),
        "Webex sandbox at " + baseUrl,
        "  user:  " + userEmail() + "  token " + userToken,
        "  admin: " + ADMIN_EMAIL + "  token " + adminToken,
        "  recordings: "
            + data.recordings().size()
            + " ("
            + data.countDeleted(null)
            + " deleted; "
            + data.countDeleted(userEmail())
            + " of them the user's), seed "
            + config.seed());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "sandbox-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      // It stands in for a server on another machine: in the app's process it must not take the
      // window's core.
      thread.setPriority(Thread.MIN_PRIORITY);
      return thread;
    };
  }
}
