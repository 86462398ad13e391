package io.recordingrescue.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.recordingrescue.webex.Person;
import io.recordingrescue.webex.Recording;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Serves the Webex API under {@code /v1}: routing, latency and faults, bearer auth, then the list,
 * details, restore and people/me endpoints. There is deliberately no purge or delete.
 */
final class ApiHandler implements HttpHandler {

  private static final String LIST = "/v1/convergedRecordings";
  private static final String ADMIN_LIST = "/v1/admin/convergedRecordings";
  private static final String RESTORE = "/v1/convergedRecordings/restore";
  private static final String ME = "/v1/people/me";
  private static final int MAX_RESTORE_IDS = 100;

  private enum Endpoint {
    LIST("GET"),
    ADMIN_LIST("GET"),
    DETAILS("GET"),
    RESTORE("POST"),
    ME("GET");

    final String method;

    Endpoint(String method) {
      this.method = method;
    }
  }

  private final DataSet data;
  private final TokenRegistry tokens;
  private final FaultInjector faults;
  private final Clock clock;
  private final ObjectMapper mapper;
  private final Replies replies;
  private final Consumer<RestoreCall> restoreLog;
  private final String orgId;
  private volatile URI origin;

  ApiHandler(
      DataSet data,
      TokenRegistry tokens,
      FaultInjector faults,
      Clock clock,
      ObjectMapper mapper,
      Consumer<RestoreCall> restoreLog,
      String orgId) {
    this.data = data;
    this.tokens = tokens;
    this.faults = faults;
    this.clock = clock;
    this.mapper = mapper;
    this.replies = new Replies(mapper);
    this.restoreLog = restoreLog;
    this.orgId = orgId;
  }

  /** Scheme, host and port for absolute next links; known once the server is bound. */
  void setOrigin(URI origin) {
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
    Endpoint endpoint = route(path);
    if (endpoint == null) {
      throw new ApiException(404, "The requested resource could not be found.");
    }
    if (!endpoint.method.equalsIgnoreCase(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", endpoint.method);
      throw new ApiException(
          405,
          "Method "
              + exchange.getRequestMethod()
              + " is not allowed here; use "
              + endpoint.method
              + ".");
    }
    long latency = faults.latencyMillis();
    if (latency > 0) {
      Thread.sleep(latency);
    }
    boolean isRestore = endpoint == Endpoint.RESTORE;
    boolean isList = endpoint == Endpoint.LIST || endpoint == Endpoint.ADMIN_LIST;
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    Optional<FaultInjector.Decision> fault =
        faults.decide(exchange.getRequestMethod(), path, isRestore, isList, authorization);
    FaultKind kind = fault.map(FaultInjector.Decision::kind).orElse(null);
    if (fault.isPresent() && answerEarly(exchange, fault.get())) {
      return;
    }
    TokenRegistry.Grant caller = authenticate(authorization);
    switch (endpoint) {
      case LIST -> list(exchange, caller, false, kind);
      case ADMIN_LIST -> list(exchange, caller, true, kind);
      case DETAILS -> details(exchange, caller, path.substring(LIST.length() + 1), kind);
      case RESTORE -> restore(exchange, caller, kind);
      case ME -> me(exchange, caller, kind);
    }
  }

  private static Endpoint route(String path) {
    if (path.equals(LIST)) {
      return Endpoint.LIST;
    }
    if (path.equals(ADMIN_LIST)) {
      return Endpoint.ADMIN_LIST;
    }
    if (path.equals(RESTORE)) {
      return Endpoint.RESTORE;
    }
    if (path.equals(ME)) {
      return Endpoint.ME;
    }
    if (path.startsWith(LIST + "/")) {
      String rest = path.substring(LIST.length() + 1);
      // softDelete, purge, reassign are Webex calls this sandbox deliberately does not serve.
      if (!rest.isEmpty()
          && !rest.contains("/")
          && !Arrays.asList("softDelete", "purge", "reassign").contains(rest)) {
        return Endpoint.DETAILS;
      }
    }
    return null;
  }

  /** Answers now for faults that replace the answer; returns false for faults applied later. */
  private boolean answerEarly(HttpExchange exchange, FaultInjector.Decision fault)
      throws IOException {
    switch (fault.kind()) {
      case TOO_MANY_REQUESTS, RATE_LIMITED -> {
        exchange.getResponseHeaders().set("Retry-After", String.valueOf(fault.retryAfterSeconds()));
        replies.error(exchange, 429, "Too many requests, retry later.", List.of("Rate limited"));
      }
      case TOO_MANY_REQUESTS_NO_RETRY_AFTER ->
          replies.error(exchange, 429, "Too many requests.", List.of("Rate limited"));
      case INTERNAL_ERROR ->
          replies.error(exchange, 500, "Internal server error.", List.of("Injected fault"));
      case BAD_GATEWAY -> replies.error(exchange, 502, "Bad gateway.", List.of("Injected fault"));
      case SERVICE_UNAVAILABLE ->
          replies.error(exchange, 503, "Service unavailable.", List.of("Injected fault"));
      case DROP_CONNECTION -> Replies.drop(exchange);
      default -> {
        return false;
      }
    }
    return true;
  }

  private TokenRegistry.Grant authenticate(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ApiException(
          401,
          "The request requires a valid access token set in the Authorization request header.");
    }
    String token = authorization.substring(7).trim();
    return tokens
        .validGrant(token)
        .orElseThrow(
            () ->
                new ApiException(
                    401,
                    tokens.grant(token).isPresent()
                        ? "The access token has expired."
                        : "The access token is not valid."));
  }

  // ---- list ---------------------------------------------------------------------------------

  private void list(
      HttpExchange exchange, TokenRegistry.Grant caller, boolean admin, FaultKind fault)
      throws IOException, InterruptedException {
    if (admin && caller.role() != Role.ADMIN) {
      throw new ApiException(403, "Only an administrator can list the recordings of the org.");
    }
    String rawQuery = exchange.getRequestURI().getRawQuery();
    Map<String, String> params = ListQuery.parameters(rawQuery);
    ListQuery query =
        ListQuery.parse(
            params, admin, clock.instant(), exchange.getRequestHeaders().getFirst("timezone"));
    DataSet.Page page;
    try {
      page =
          data.page(
              query.from(),
              query.to(),
              query.filter(admin ? null : caller.email()),
              query.cursor(),
              query.max());
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "Invalid 'cursor'.");
    }
    if (page.hasMore()) {
      String lastId = page.items().get(page.items().size() - 1).id();
      String link =
          nextLink(
              exchange.getRequestURI().getRawPath(),
              rawQuery,
              query.max(),
              lastId,
              fault == FaultKind.NEXT_LINK_DROPS_PARAMS);
      exchange.getResponseHeaders().set("Link", "<" + link + ">; rel=\"next\"");
    }
    byte[] body = replies.toJson(Map.of("items", page.items()));
    if (fault == FaultKind.MALFORMED_PAGE) {
      body = Arrays.copyOf(body, Math.max(1, body.length / 2));
    }
    send(exchange, body, fault);
  }

  private String nextLink(
      String rawPath, String rawQuery, int max, String lastId, boolean dropParams) {
    String cursor = "cursor=" + URLEncoder.encode(lastId, StandardCharsets.UTF_8);
    String kept;
    if (dropParams) {
      kept = "max=" + max; // Webex's known bug: from, to, status, owner... are gone
    } else {
      kept =
          rawQuery == null
              ? ""
              : Arrays.stream(rawQuery.split("&"))
                  .filter(p -> !p.isEmpty() && !p.startsWith("cursor=") && !p.equals("cursor"))
                  .collect(Collectors.joining("&"));
    }
    String query = kept.isEmpty() ? cursor : kept + "&" + cursor;
    return origin.toString() + rawPath + "?" + query;
  }

  // ---- details ------------------------------------------------------------------------------

  private void details(
      HttpExchange exchange, TokenRegistry.Grant caller, String id, FaultKind fault)
      throws IOException, InterruptedException {
    Recording recording =
        data.find(id).orElseThrow(() -> new ApiException(404, "Recording not found: " + id));
    if (caller.role() != Role.ADMIN && !recording.ownerEmail().equalsIgnoreCase(caller.email())) {
      throw new ApiException(403, "This recording belongs to someone else.");
    }
    send(exchange, replies.toJson(recording), fault);
  }

  private void send(HttpExchange exchange, byte[] body, FaultKind fault)
      throws IOException, InterruptedException {
    if (fault == FaultKind.SLOW_BODY) {
      replies.jsonSlowly(exchange, 200, body, faults.plan().slowBodyMillis());
    } else {
      replies.json(exchange, 200, body);
    }
  }

  // ---- people/me ----------------------------------------------------------------------------

  private void me(HttpExchange exchange, TokenRegistry.Grant caller, FaultKind fault)
      throws IOException, InterruptedException {
    Optional<Owner> owner = data.ownerByEmail(caller.email());
    String uuid =
        owner
            .map(Owner::id)
            .orElse(
                UUID.nameUUIDFromBytes(caller.email().getBytes(StandardCharsets.UTF_8)).toString());
    String displayName =
        owner
            .map(Owner::displayName)
            .orElse(caller.role() == Role.ADMIN ? "Sandbox Admin" : caller.email());
    List<String> roles =
        caller.role() == Role.ADMIN ? List.of(webexId("ROLE", "id_full_admin")) : List.of();
    Person person =
        new Person(webexId("PEOPLE", uuid), List.of(caller.email()), displayName, orgId, roles);
    send(exchange, replies.toJson(person), fault);
  }

  static String webexId(String type, String uuid) {
    String raw = "ciscospark://us/" + type + "/" + uuid;
    return java.util.Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  // ---- restore ------------------------------------------------------------------------------

  private void restore(HttpExchange exchange, TokenRegistry.Grant caller, FaultKind fault)
      throws IOException {
    String role = caller.role().wireName();
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).split(";")[0].trim().equals("application/json")) {
      logRestore(role, false, null, List.of(), 415);
      throw new ApiException(415, "The request body must be application/json.");
    }
    byte[] bodyBytes;
    try (InputStream in = exchange.getRequestBody()) {
      bodyBytes = in.readAllBytes();
    }
    RestoreBody body;
    try {
      body = RestoreBody.parse(mapper, bodyBytes);
    } catch (ApiException e) {
      logRestore(role, false, null, List.of(), e.status());
      throw e;
    }
    int status;
    try {
      status = applyRestore(caller, body, fault != FaultKind.RESTORE_NOOP);
    } catch (ApiException e) {
      logRestore(role, body.restoreAll(), body.ownerEmail(), body.recordingIds(), e.status());
      throw e;
    }
    logRestore(role, body.restoreAll(), body.ownerEmail(), body.recordingIds(), status);
    if (fault == FaultKind.RESTORE_THEN_DROP) {
      Replies.drop(exchange); // applied, but the client never hears back
      return;
    }
    replies.noContent(exchange);
  }

  private int applyRestore(TokenRegistry.Grant caller, RestoreBody body, boolean apply) {
    boolean admin = caller.role() == Role.ADMIN;
    boolean hasOwner = body.ownerEmail() != null && !body.ownerEmail().isEmpty();
    if (!body.restoreAll()) {
      if (hasOwner) {
        throw new ApiException(400, "'ownerEmail' must be empty when 'restoreAll' is false.");
      }
      if (body.recordingIds().isEmpty()) {
        throw new ApiException(400, "'recordingIds' must not be empty when 'restoreAll' is false.");
      }
      if (body.recordingIds().size() > MAX_RESTORE_IDS) {
        throw new ApiException(
            400,
            "'recordingIds' may hold at most 100 ids; got " + body.recordingIds().size() + ".");
      }
      DataSet.RestoreOutcome outcome =
          data.restoreIds(body.recordingIds(), admin ? null : caller.email(), apply);
      if (!outcome.unknownIds().isEmpty()) {
        throw new ApiException(
            404,
            "Recordings not found: " + String.join(", ", outcome.unknownIds()),
            outcome.unknownIds().stream().map(id -> "Recording not found: " + id).toList());
      }
      if (!outcome.foreignIds().isEmpty()) {
        throw new ApiException(
            403,
            "You can only restore your own recordings; not yours: "
                + String.join(", ", outcome.foreignIds()),
            outcome.foreignIds().stream().map(id -> "Not your recording: " + id).toList());
      }
      return 204;
    }
    if (!body.recordingIds().isEmpty()) {
      throw new ApiException(400, "'recordingIds' must be empty when 'restoreAll' is true.");
    }
    if (admin) {
      if (!hasOwner) {
        throw new ApiException(400, "An administrator must give 'ownerEmail' with 'restoreAll'.");
      }
      if (data.ownerByEmail(body.ownerEmail()).isEmpty()) {
        throw new ApiException(
            404, "No user with ownerEmail " + body.ownerEmail() + " in this org.");
      }
      data.restoreAllOf(body.ownerEmail(), apply);
    } else {
      if (hasOwner) {
        throw new ApiException(400, "A user must leave 'ownerEmail' empty with 'restoreAll'.");
      }
      data.restoreAllOf(caller.email(), apply);
    }
    return 204;
  }

  private void logRestore(String role, boolean all, String owner, List<String> ids, int status) {
    restoreLog.accept(new RestoreCall(Instant.now(), role, all, owner, ids, status));
  }

  /** The restore body, checked for JSON types only; the rules come after. */
  record RestoreBody(boolean restoreAll, String ownerEmail, List<String> recordingIds) {

    static RestoreBody parse(ObjectMapper mapper, byte[] bytes) {
      JsonNode root;
      try {
        root = mapper.readTree(bytes);
      } catch (JsonProcessingException e) {
        throw new ApiException(400, "The request body is not valid JSON.");
      } catch (IOException e) {
        throw new ApiException(400, "The request body could not be read.");
      }
      if (root == null || !root.isObject()) {
        throw new ApiException(400, "The request body must be a JSON object.");
      }
      JsonNode all = root.get("restoreAll");
      if (all != null && !all.isNull() && !all.isBoolean()) {
        throw new ApiException(400, "'restoreAll' must be true or false.");
      }
      JsonNode owner = root.get("ownerEmail");
      if (owner != null && !owner.isNull() && !owner.isTextual()) {
        throw new ApiException(400, "'ownerEmail' must be a string.");
      }
      JsonNode ids = root.get("recordingIds");
      List<String> idList = new ArrayList<>();
      if (ids != null && !ids.isNull()) {
        if (!ids.isArray()) {
          throw new ApiException(400, "'recordingIds' must be an array of strings.");
        }
        for (JsonNode id : ids) {
          if (!id.isTextual()) {
            throw new ApiException(400, "'recordingIds' must be an array of strings.");
          }
          idList.add(id.asText());
        }
      }
      return new RestoreBody(
          all != null && all.asBoolean(false),
          owner == null || owner.isNull() ? null : owner.asText(),
          idList);
    }
  }
}
