package io.recordingrescue.restore.incident;

import io.recordingrescue.webex.EmailAddress;
import java.util.List;

/**
 * The owners an operator gave for an incident: valid addresses, trimmed, lower-cased and without
 * repeats (first occurrence kept), and the inputs that are not addresses, which are never sent.
 */
public record OwnerInput(List<EmailAddress> owners, List<Malformed> malformed, int duplicates) {

  public OwnerInput {
    owners = List.copyOf(owners);
    malformed = List.copyOf(malformed);
  }

  /** An input that is not an e-mail address, and why (for the list the operator sees). */
  public record Malformed(String input, String reason) {}
}
