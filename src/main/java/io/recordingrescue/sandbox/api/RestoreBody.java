package io.recordingrescue.sandbox.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The restore body, checked for JSON types only; {@link RestoreRules} come after. */
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
    if (isPresent(all) && !all.isBoolean()) {
      throw new ApiException(400, "'restoreAll' must be true or false.");
    }
    JsonNode owner = root.get("ownerEmail");
    if (isPresent(owner) && !owner.isTextual()) {
      throw new ApiException(400, "'ownerEmail' must be a string.");
    }
    return new RestoreBody(
        all != null && all.asBoolean(false),
        isPresent(owner) ? owner.asText() : null,
        ids(root.get("recordingIds")));
  }

  boolean hasOwner() {
    return ownerEmail != null && !ownerEmail.isEmpty();
  }

  private static List<String> ids(JsonNode ids) {
    List<String> idList = new ArrayList<>();
    if (!isPresent(ids)) {
      return idList;
    }
    if (!ids.isArray()) {
      throw new ApiException(400, "'recordingIds' must be an array of strings.");
    }
    for (JsonNode id : ids) {
      if (!id.isTextual()) {
        throw new ApiException(400, "'recordingIds' must be an array of strings.");
      }
      idList.add(id.asText());
    }
    return idList;
  }

  /** Absent and JSON {@code null} mean the same to Webex. */
  private static boolean isPresent(JsonNode node) {
    return node != null && !node.isNull();
  }
}
