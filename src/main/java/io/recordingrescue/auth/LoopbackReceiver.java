package io.recordingrescue.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.recordingrescue.webex.FormPairs;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Receives the one browser redirect that ends a sign-in: a JDK HTTP server on 127.0.0.1 only, on
 * the fixed port registered with the Webex integration, path {@value AuthSettings#CALLBACK_PATH}.
 * It checks {@code state}, answers the browser with a short page, and stops after the first
 * callback that carries this sign-in's state, on {@link #cancel()}, or when the timeout passes. A
 * callback with a missing or wrong state gets a 400 page and is otherwise ignored, so a stray tab
 * cannot end the sign-in. Single use: {@link #start}.
 */
public final class LoopbackReceiver implements AutoCloseable {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  private static final System.Logger LOG = System.getLogger(LoopbackReceiver.class.getName());

  private final HttpServer server;
  private final ExecutorService executor;
  private final String expectedState;
  private final CompletableFuture<String> code = new CompletableFuture<>();
  private final CompletableFuture<String> settled = new CompletableFuture<>();

  private LoopbackReceiver(HttpServer server, ExecutorService executor, String expectedState) {
    this.server = server;
    this.executor = executor;
    this.expectedState = expectedState;
  }

  /**
   * Starts listening on 127.0.0.1:{@code port}.
   *
   * @throws SignInException with {@link SignInException.Reason#PORT_IN_USE} when the port is taken
   */
  public static LoopbackReceiver start(int port, String expectedState, Duration timeout) {
    if (expectedState == null || expectedState.isEmpty()) {
      throw new IllegalArgumentException("A sign-in needs a state value to check");
    }
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(loopback(), port), 0);
    } catch (BindException e) {
      throw new SignInException(
          SignInException.Reason.PORT_IN_USE,
          "Port "
              + port
              + " is in use; close the other program or change the redirect port in Settings.");
    } catch (IOException e) {
      throw new SignInException(
          SignInException.Reason.PORT_IN_USE,
          "Could not listen on port "
              + port
              + " for the sign-in ("
              + e.getClass().getSimpleName()
              + "); change the redirect port in Settings.");
    }
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "sign-in-callback-" + port);
              t.setDaemon(true);
              return t;
            });
    LoopbackReceiver receiver = new LoopbackReceiver(server, executor, expectedState);
    server.createContext("/", receiver::handle);
    server.setExecutor(executor);
    server.start();
    // The caller hears the outcome only once the port is released, so a new sign-in can bind it.
    receiver.code.whenCompleteAsync(
        (c, e) -> {
          receiver.stop();
          if (e != null) {
            receiver.settled.completeExceptionally(e);
          } else {
            receiver.settled.complete(c);
          }
        },
        LoopbackReceiver::runOnNewThread);
    CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .execute(
            () ->
                receiver.fail(
                    new SignInException(
                        SignInException.Reason.TIMED_OUT,
                        "Sign-in timed out: no answer came from the browser within "
                            + inWords(timeout)
                            + ". Start the sign-in again.")));
    LOG.log(Level.DEBUG, "Waiting for the sign-in callback on 127.0.0.1:{0}", port);
    return receiver;
  }

  /**
   * Completes with the authorization code, or exceptionally with a {@link SignInException}, after
   * the listener has stopped.
   */
  public CompletableFuture<String> code() {
    return settled;
  }

  /** Where the server listens (always a loopback address). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** Stops waiting; the code future fails with {@link SignInException.Reason#CANCELLED}. */
  public void cancel() {
    fail(new SignInException(SignInException.Reason.CANCELLED, "Sign-in was cancelled."));
  }

  @Override
  public void close() {
    cancel();
  }

  private void fail(SignInException e) {
    if (code.completeExceptionally(e)) {
      LOG.log(Level.INFO, "Sign-in callback ended: {0}", e.reason());
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!AuthSettings.CALLBACK_PATH.equals(exchange.getRequestURI().getPath())) {
        respond(exchange, 404, "Not found", "This address is not part of the sign-in.");
        return;
      }
      if (!"GET".equals(exchange.getRequestMethod())) {
        respond(exchange, 405, "Not allowed", "The sign-in answer must come as a GET request.");
        return;
      }
      if (code.isDone()) {
        respond(
            exchange,
            410,
            "Already finished",
            "This sign-in has already finished. You can close this tab.");
        return;
      }
      // The JDK server answers a malformed %-escape with its own 400 before this handler runs.
      Map<String, String> query = FormPairs.decode(exchange.getRequestURI().getRawQuery());
      String state = query.get("state");
      if (state == null || state.isEmpty()) {
        ignoreStray(exchange, "no state");
        return;
      }
      if (!constantTimeEquals(state, expectedState)) {
        ignoreStray(exchange, "a state that does not match this sign-in");
        return;
      }
      String error = query.get("error");
      if (error != null) {
        SignInException e = providerError(error);
        respond(exchange, 400, "Sign-in failed", e.getMessage());
        fail(e);
        return;
      }
      String authorizationCode = query.get("code");
      if (authorizationCode == null || authorizationCode.isEmpty()) {
        SignInException e =
            new SignInException(
                SignInException.Reason.PROVIDER_ERROR,
                "Sign-in stopped: Webex sent no sign-in code. Start the sign-in again.");
        respond(exchange, 400, "Sign-in failed", e.getMessage());
        fail(e);
        return;
      }
      respond(
          exchange,
          200,
          "Signed in",
          "Recording Rescue received your sign-in. You can close this tab and go back to the app.");
      if (code.complete(authorizationCode)) {
        LOG.log(Level.INFO, "Sign-in callback received");
      }
    }
  }

  /**
   * A callback this sign-in did not ask for (an old tab, another program, a forged link): the
   * browser gets a 400 page, the log gets the reason without any value from the request, and the
   * sign-in keeps waiting for the real answer until the timeout or Cancel.
   */
  private void ignoreStray(HttpExchange exchange, String reason) throws IOException {
    // Logged before the page goes out: once the browser has its answer, the log line is there.
    LOG.log(
        Level.WARNING,
        "Ignored a sign-in callback with {0}; still waiting for the real answer",
        reason);
    respond(
        exchange,
        400,
        "Not from this sign-in",
        "This sign-in link was not started by Recording Rescue, or belongs to an earlier sign-in."
            + " Nothing was signed in. You can close this tab; if a sign-in is running in the app,"
            + " finish it in the browser tab that the app opened.");
  }

  /** Webex's error codes in plain words; unknown codes are shown only if they look like codes. */
  static SignInException providerError(String error) {
    switch (error) {
      case "access_denied":
        return new SignInException(
            SignInException.Reason.ACCESS_DENIED,
            "Sign-in was declined: access to Webex was not granted in the browser.");
      case "invalid_scope":
        return new SignInException(
            SignInException.Reason.INVALID_SCOPE,
            "Webex refused the requested permissions (invalid_scope): the integration does not"
                + " have them. Ask your Webex admin to add them to the integration, or switch"
                + " between user and admin scopes in Settings.");
      default:
        String shown = error.matches("[A-Za-z0-9_.-]{1,64}") ? error : "unrecognized error";
        return new SignInException(
            SignInException.Reason.PROVIDER_ERROR,
            "Webex refused the sign-in (" + shown + "). Start the sign-in again.");
    }
  }

  private static void respond(HttpExchange exchange, int status, String title, String message)
      throws IOException {
    String html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Recording Rescue: "
            + escape(title)
            + "</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>"
            + escape(title)
            + "</h1><p>"
            + escape(message)
            + "</p></body></html>";
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static String inWords(Duration d) {
    long seconds = d.toSeconds();
    if (seconds >= 60 && seconds % 60 == 0) {
      long minutes = seconds / 60;
      return minutes + (minutes == 1 ? " minute" : " minutes");
    }
    if (seconds >= 1) {
      return seconds + (seconds == 1 ? " second" : " seconds");
    }
    return d.toMillis() + " ms";
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new IllegalStateException("127.0.0.1 is always a valid address", e);
    }
  }

  private static void runOnNewThread(Runnable r) {
    Thread t = new Thread(r, "sign-in-callback-stop");
    t.setDaemon(true);
    t.start();
  }

  private void stop() {
    // Runs off the handler thread: stop() waits for running exchanges, which have answered.
    server.stop(1);
    executor.shutdown();
  }
}
