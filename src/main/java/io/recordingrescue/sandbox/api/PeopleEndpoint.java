package io.recordingrescue.sandbox.api;

import com.sun.net.httpserver.HttpExchange;
import io.recordingrescue.sandbox.data.DataSet;
import io.recordingrescue.sandbox.data.Owner;
import io.recordingrescue.sandbox.data.WebexIds;
import io.recordingrescue.sandbox.faults.FaultKind;
import io.recordingrescue.sandbox.oauth.CallerRole;
import io.recordingrescue.sandbox.oauth.TokenRegistry;
import io.recordingrescue.webex.Person;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code GET /v1/people/me}: who the token belongs to, and whether they are an admin. */
record PeopleEndpoint(DataSet data, OkReply ok, String orgId) implements ApiEndpoint {
  @Override
  public void serve(HttpExchange exchange, TokenRegistry.Grant caller, FaultKind fault)
      throws IOException, InterruptedException {
    Optional<Owner> owner = data.ownerByEmail(caller.email());
    // Callers who own no recordings (the admin) still get a stable id derived from their e-mail.
    String uuid =
        owner
            .map(Owner::id)
            .orElse(
                UUID.nameUUIDFromBytes(caller.email().getBytes(StandardCharsets.UTF_8)).toString());
    String displayName =
        owner
            .map(Owner::displayName)
            .orElse(caller.role() == CallerRole.ADMIN ? "Sandbox Admin" : caller.email());
    List<String> roles =
        caller.role() == CallerRole.ADMIN
            ? List.of(WebexIds.of("ROLE", "id_full_admin"))
            : List.of();
    Person person =
        new Person(WebexIds.of("PEOPLE", uuid), List.of(caller.email()), displayName, orgId, roles);
    ok.send(exchange, ok.toJson(person), fault);
  }
}
