package io.recordingrescue.sandbox.api;

import io.recordingrescue.sandbox.data.DataSet;
import io.recordingrescue.sandbox.oauth.CallerRole;
import io.recordingrescue.sandbox.oauth.TokenRegistry;

/**
 * Webex's rules for {@code POST /v1/convergedRecordings/restore}: either a list of at most 100 ids
 * ({@code restoreAll} false, no owner), or everything of one owner ({@code restoreAll} true; an
 * admin names the owner, a user must not).
 */
final class RestoreRules {

  private static final int MAX_RESTORE_IDS = 100;

  private final DataSet data;

  RestoreRules(DataSet data) {
    this.data = data;
  }

  /**
   * Checks the body against the rules and restores what it names.
   *
   * @param apply false to check everything but restore nothing (the {@code RESTORE_NOOP} fault)
   * @return the status of a success
   * @throws ApiException when a rule is broken
   */
  int apply(TokenRegistry.Grant caller, RestoreBody body, boolean apply) {
    if (body.restoreAll()) {
      restoreAll(caller, body, apply);
    } else {
      restoreIds(caller, body, apply);
    }
    return 204;
  }

  private void restoreIds(TokenRegistry.Grant caller, RestoreBody body, boolean apply) {
    if (body.hasOwner()) {
      throw new ApiException(400, "'ownerEmail' must be empty when 'restoreAll' is false.");
    }
    if (body.recordingIds().isEmpty()) {
      throw new ApiException(400, "'recordingIds' must not be empty when 'restoreAll' is false.");
    }
    if (body.recordingIds().size() > MAX_RESTORE_IDS) {
      throw new ApiException(
          400, "'recordingIds' may hold at most 100 ids; got " + body.recordingIds().size() + ".");
    }
    boolean admin = caller.role() == CallerRole.ADMIN;
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
  }

  private void restoreAll(TokenRegistry.Grant caller, RestoreBody body, boolean apply) {
    if (!body.recordingIds().isEmpty()) {
      throw new ApiException(400, "'recordingIds' must be empty when 'restoreAll' is true.");
    }
    if (caller.role() != CallerRole.ADMIN) {
      if (body.hasOwner()) {
        throw new ApiException(400, "A user must leave 'ownerEmail' empty with 'restoreAll'.");
      }
      data.restoreAllOf(caller.email(), apply);
      return;
    }
    if (!body.hasOwner()) {
      throw new ApiException(400, "An administrator must give 'ownerEmail' with 'restoreAll'.");
    }
    if (!data.inOrg(body.ownerEmail())) {
      throw new ApiException(
          403, "The user " + body.ownerEmail() + " is not in your organization.");
    }
    if (data.ownerByEmail(body.ownerEmail()).isEmpty()) {
      throw new ApiException(404, "No user with ownerEmail " + body.ownerEmail() + " in this org.");
    }
    data.restoreAllOf(body.ownerEmail(), apply);
  }
}
