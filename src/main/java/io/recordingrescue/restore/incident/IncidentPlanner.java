package io.recordingrescue.restore.incident;

import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the owners of an incident from pasted text (lines, commas, semicolons) or from a CSV with
 * an e-mail column, and refuses what cannot be a sensible incident (no owner, more than {@link
 * #MAX_OWNERS}) before anything is listed or sent.
 */
public final class IncidentPlanner {
  /** More owners than this is refused: a larger incident is split, so each stays reviewable. */
  public static final int MAX_OWNERS = 1_000;

  private static final Pattern SEPARATORS = Pattern.compile("[\\r\\n,;]+");

  // Header names taken as the e-mail column, compared without case, spaces, dashes or underscores.
  private static final Set<String> EMAIL_HEADERS =
      Set.of(
          "email",
          "emailaddress",
          "mail",
          "owner",
          "owneremail",
          "useremail",
          "primaryemail",
          "hostemail",
          "userprincipalname",
          "upn");

  /** Pasted text: one or more addresses per line, separated by commas or semicolons. */
  public OwnerInput fromText(String text) {
    List<String> inputs = new ArrayList<>();
    for (String part : SEPARATORS.split(text == null ? "" : text)) {
      inputs.add(part);
    }
    return check(inputs);
  }

  /**
   * A CSV whose header names an e-mail column ({@code email}, {@code E-mail Address}, {@code
   * ownerEmail}...); other columns are ignored.
   *
   * @throws InvalidRequestException when there is no such column (the message names the columns)
   */
  public OwnerInput fromCsv(String csv) {
    List<List<String>> records = CsvText.parse(csv == null ? "" : csv.replace("\uFEFF", ""));
    if (records.isEmpty()) {
      throw new InvalidRequestException("The CSV file is empty: no owner to restore.");
    }
    List<String> header = records.get(0);
    int column = -1;
    for (int i = 0; i < header.size(); i++) {
      if (EMAIL_HEADERS.contains(normalized(header.get(i)))) {
        column = i;
        break;
      }
    }
    if (column < 0) {
      throw new InvalidRequestException(
          "The CSV file has no e-mail column: its first line should name one (\"email\","
              + " \"E-mail address\" or \"ownerEmail\"); found "
              + describe(header)
              + ". Nothing was sent.");
    }
    List<String> inputs = new ArrayList<>();
    for (List<String> row : records.subList(1, records.size())) {
      inputs.add(column < row.size() ? row.get(column) : "");
    }
    return check(inputs);
  }

  private OwnerInput check(List<String> inputs) {
    Set<EmailAddress> owners = new LinkedHashSet<>();
    List<OwnerInput.Malformed> malformed = new ArrayList<>();
    int duplicates = 0;
    for (String raw : inputs) {
      String input = raw.strip();
      if (input.isEmpty()) {
        continue;
      }
      if (!EmailAddress.isValid(input)) {
        malformed.add(
            new OwnerInput.Malformed(input, "not an e-mail address (expected name@example.com)"));
      } else if (!owners.add(EmailAddress.parse(input))) {
        duplicates++;
      }
    }
    if (owners.size() > MAX_OWNERS) {
      throw new InvalidRequestException(
          owners.size()
              + " owners given; an incident takes at most "
              + MAX_OWNERS
              + " so that its preview can be reviewed and its audit read. Split the list and run"
              + " one incident per part. Nothing was sent.");
    }
    return new OwnerInput(List.copyOf(owners), malformed, duplicates);
  }

  private static String normalized(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
  }

  private static String describe(List<String> header) {
    List<String> shown = header.stream().map(h -> "\"" + h.strip() + "\"").limit(8).toList();
    return shown.isEmpty() ? "no columns" : "the columns " + String.join(", ", shown);
  }
}
