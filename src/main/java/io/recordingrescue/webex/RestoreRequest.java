package io.recordingrescue.webex;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /convergedRecordings/restore}. Only the three shapes Webex accepts can be
 * built: by ids (1..100, no owner), all for an owner (admin), all of my own (user).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RestoreRequest(boolean restoreAll, String ownerEmail, List<String> recordingIds) {

  /** Webex's cap on ids in one call. */
  public static final int MAX_IDS = 100;

  public RestoreRequest {
    if (recordingIds != null && recordingIds.stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidRequestException("Recording ids must be non-blank and trimmed.");
    }
    recordingIds = recordingIds == null ? List.of() : List.copyOf(recordingIds);
    if (restoreAll) {
      if (!recordingIds.isEmpty()) {
        throw new InvalidRequestException(
            "restoreAll cannot be combined with recording ids; restore by ids or restore all.");
      }
      if (ownerEmail != null) {
        EmailAddress.parse(ownerEmail);
      }
    } else {
      if (ownerEmail != null) {
        throw new InvalidRequestException(
            "An owner e-mail is only allowed when restoring all recordings of that owner.");
      }
      validateIds(recordingIds);
    }
  }

  /** Restore these ids (1 to 100, no blanks, no duplicates). */
  public static RestoreRequest byIds(List<String> ids) {
    return new RestoreRequest(false, null, ids);
  }

  /** Admin: restore everything of one owner. */
  public static RestoreRequest allForOwner(EmailAddress owner) {
    return new RestoreRequest(true, owner.value(), List.of());
  }

  /** User: restore everything of my own. */
  public static RestoreRequest allMine() {
    return new RestoreRequest(true, null, List.of());
  }

  private static void validateIds(List<String> ids) {
    if (ids.isEmpty()) {
      throw new InvalidRequestException("No recording ids to restore.");
    }
    if (ids.size() > MAX_IDS) {
      throw new InvalidRequestException(
          "Webex restores at most " + MAX_IDS + " ids per call; got " + ids.size() + ".");
    }
    Set<String> seen = new LinkedHashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (String id : ids) {
      if (id.isBlank() || !id.equals(id.strip())) {
        throw new InvalidRequestException("Recording ids must be non-blank and trimmed.");
      }
      if (!seen.add(id)) {
        duplicates.add(id);
      }
    }
    if (!duplicates.isEmpty()) {
      throw new InvalidRequestException(
          "Duplicate recording ids: " + String.join(", ", duplicates));
    }
  }

  /** Jackson writes {@code recordingIds} only when there are some. */
  @Override
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public List<String> recordingIds() {
    return recordingIds;
  }
}
