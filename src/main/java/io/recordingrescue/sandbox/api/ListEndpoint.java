package io.recordingrescue.sandbox.api;

import com.sun.net.httpserver.HttpExchange;
import io.recordingrescue.sandbox.data.DataSet;
import io.recordingrescue.sandbox.faults.FaultKind;
import io.recordingrescue.sandbox.oauth.CallerRole;
import io.recordingrescue.sandbox.oauth.TokenRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code GET /v1/convergedRecordings} (the caller's own) and {@code GET
 * /v1/admin/convergedRecordings} (the org's): one page per call, with a {@code Link} header to the
 * next page when there is one.
 *
 * @param origin scheme, host and port for absolute next links; only known once the server is bound,
 *     hence a supplier
 */
record ListEndpoint(
    boolean admin, DataSet data, Clock clock, OkReply ok, ItemsPageJson pages, Supplier<URI> origin)
    implements ApiEndpoint {

  @Override
  public void serve(HttpExchange exchange, TokenRegistry.Grant caller, FaultKind fault)
      throws IOException, InterruptedException {
    if (admin && caller.role() != CallerRole.ADMIN) {
      throw new ApiException(403, "Only an administrator can list the recordings of the org.");
    }
    String rawQuery = exchange.getRequestURI().getRawQuery();
    ListParams query =
        ListParams.parse(
            ListParams.parameters(rawQuery),
            admin,
            clock.instant(),
            exchange.getRequestHeaders().getFirst("timezone"));
    if (admin && query.ownerEmail() != null && !data.inOrg(query.ownerEmail())) {
      throw new ApiException(
          403, "The user " + query.ownerEmail() + " is not in your organization.");
    }
    DataSet.Page page = page(query, caller);
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
    byte[] body = pages.page(page.items());
    if (fault == FaultKind.MALFORMED_PAGE) {
      body = Arrays.copyOf(body, Math.max(1, body.length / 2));
    }
    ok.send(exchange, body, fault);
  }

  private DataSet.Page page(ListParams query, TokenRegistry.Grant caller) {
    try {
      return data.page(
          query.from(),
          query.to(),
          query.filter(admin ? null : caller.email()),
          query.cursor(),
          query.max());
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "Invalid 'cursor'.");
    }
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
    return origin.get().toString() + rawPath + "?" + query;
  }
}
