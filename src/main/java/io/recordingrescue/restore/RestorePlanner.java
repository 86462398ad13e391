package io.recordingrescue.restore;

import io.recordingrescue.webex.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what the operator gave into a {@link RestorePlan}: trims, drops blanks, sets aside inputs
 * that cannot be recording ids, removes duplicates and refuses jobs that are empty or too big.
 */
public final class RestorePlanner {
  /** The most ids one job takes; bigger lists are split by the operator into several jobs. */
  public static final int MAX_IDS = 100_000;

  /** Webex ids are base64 or UUID-like: letters, digits and a few symbols, no spaces or quotes. */
  private static final Pattern ID_SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_=+/.:-]*");

  private static final int MAX_ID_LENGTH = 256;

  /** Splits pasted text (one id per line, or separated by commas, semicolons or spaces). */
  public static List<String> splitIdList(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isEmpty()).toList();
  }

  public RestorePlan plan(RestoreTarget target) {
    if (target == null) {
      throw new InvalidRequestException("Nothing to restore: no target given.");
    }
    if (!(target instanceof RestoreTarget.ByIds byIds)) {
      return new RestorePlan(target, List.of(), List.of(), 0);
    }
    Set<String> unique = new LinkedHashSet<>();
    Map<String, RestorePlan.RejectedId> rejected = new LinkedHashMap<>();
    int duplicates = 0;
    for (String raw : byIds.ids()) {
      String id = raw == null ? "" : raw.strip();
      if (id.isEmpty()) {
        continue;
      }
      String problem = problemWith(id);
      if (problem != null) {
        rejected.putIfAbsent(id, new RestorePlan.RejectedId(id, problem));
      } else if (!unique.add(id)) {
        duplicates++;
      }
    }
    if (unique.isEmpty()) {
      throw new InvalidRequestException(
          rejected.isEmpty()
              ? "No recording ids to restore: the list is empty."
              : "None of the "
                  + rejected.size()
                  + " entries is a recording id (for example \""
                  + abbreviate(rejected.keySet().iterator().next())
                  + "\": "
                  + rejected.values().iterator().next().reason()
                  + ").");
    }
    if (unique.size() > MAX_IDS) {
      throw new InvalidRequestException(
          String.format(
              "That is %,d recording ids; one job restores at most %,d. Split the list into"
                  + " several jobs.",
              unique.size(), MAX_IDS));
    }
    return new RestorePlan(
        target, new ArrayList<>(unique), new ArrayList<>(rejected.values()), duplicates);
  }

  private static String problemWith(String id) {
    if (id.length() > MAX_ID_LENGTH) {
      return "longer than " + MAX_ID_LENGTH + " characters";
    }
    if (!ID_SHAPE.matcher(id).matches()) {
      return "not a recording id (only letters, digits and _ = + / . : - are allowed)";
    }
    return null;
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }
}
