package io.recordingrescue.sandbox.data;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Ids shaped like Webex's: base64url of {@code ciscospark://us/TYPE/UUID}, without padding. */
public final class WebexIds {

  private WebexIds() {}

  public static String of(String type, String uuid) {
    String raw = "ciscospark://us/" + type + "/" + uuid;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }
}
