package io.recordingrescue.webex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The part of {@code GET /people/me} the app uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Person(
    String id, List<String> emails, String displayName, String orgId, List<String> roles) {

  public Person {
    emails = emails == null ? List.of() : List.copyOf(emails);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  /** The first e-mail address, or an empty string when Webex sent none. */
  public String primaryEmail() {
    return emails.isEmpty() ? "" : emails.get(0);
  }
}
