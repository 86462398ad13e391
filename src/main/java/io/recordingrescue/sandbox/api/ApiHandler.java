package io.recordingrescue.sandbox.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.recordingrescue.sandbox.data.DataSet;
import io.recordingrescue.sandbox.faults.FaultInjector;
import io.recordingrescue.sandbox.oauth.TokenRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Serves the Webex API under {@code /v1}: routing, latency and faults, bearer auth, then hands the
 * request to its {@link ApiEndpoint}. There is deliberately no purge or delete.
 */
public final class ApiHandler implements HttpHandler {

  private final FaultInjector faults;
  private final Replies replies;
  private final EarlyFaults earlyFaults;
  private final BearerAuth auth;
  private final Map<ApiRoute, ApiEndpoint> endpoints = new EnumMap<>(ApiRoute.class);
  private volatile URI origin;

  public ApiHandler(
      DataSet data,
      TokenRegistry tokens,
      FaultInjector faults,
      Clock clock,
      ObjectMapper mapper,
      Consumer<RestoreCall> restoreLog,
      String orgId,
      DetailsReading detailsReading) {
    this.faults = faults;
    this.replies = new Replies(mapper);
    this.earlyFaults = new EarlyFaults(replies);
    this.auth = new BearerAuth(tokens);
    OkReply ok = new OkReply(replies, faults);
    ItemsPageJson pages = new ItemsPageJson(mapper);
    endpoints.put(ApiRoute.LIST, new ListEndpoint(false, data, clock, ok, pages, () -> origin));
    endpoints.put(
        ApiRoute.ADMIN_LIST, new ListEndpoint(true, data, clock, ok, pages, () -> origin));
    endpoints.put(ApiRoute.DETAILS, new DetailsEndpoint(data, ok, detailsReading));
    endpoints.put(
        ApiRoute.RESTORE, new RestoreEndpoint(mapper, new RestoreRules(data), replies, restoreLog));
    endpoints.put(ApiRoute.ME, new PeopleEndpoint(data, ok, orgId));
  }

  /** Scheme, host and port for absolute next links; known once the server is bound. */
  public void setOrigin(URI origin) {
    this.origin = origin;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Replies.track(exchange);
    try {
      serve(exchange);
    } catch (ApiException e) {
      replies.error(exchange, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // A sandbox bug still gets a Webex-shaped answer, unless part of one already went out.
      if (exchange.getResponseCode() < 0) {
        replies.error(
            exchange,
            500,
            "Sandbox failure: " + e.getClass().getSimpleName(),
            List.of("Internal error"));
      }
    } finally {
      exchange.close();
    }
  }

  private void serve(HttpExchange exchange) throws IOException, InterruptedException {
    String path = exchange.getRequestURI().getPath();
    ApiRoute route =
        ApiRoute.of(path)
            .orElseThrow(() -> new ApiException(404, "The requested resource could not be found."));
    String method = exchange.getRequestMethod();
    if (!route.method.equalsIgnoreCase(method)) {
      exchange.getResponseHeaders().set("Allow", route.method);
      throw new ApiException(
          405, "Method " + method + " is not allowed here; use " + route.method + ".");
    }
    long latency = faults.latencyMillis();
    if (latency > 0) {
      Thread.sleep(latency);
    }
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    Optional<FaultInjector.Decision> fault =
        faults.decide(method, path, route == ApiRoute.RESTORE, route.isList(), authorization);
    if (fault.isPresent() && earlyFaults.answered(exchange, fault.get())) {
      return;
    }
    TokenRegistry.Grant caller = auth.caller(authorization);
    endpoints
        .get(route)
        .serve(exchange, caller, fault.map(FaultInjector.Decision::kind).orElse(null));
  }
}
