package io.recordingrescue.sandbox.api;

import io.recordingrescue.webex.Recording;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The validated query of a list call, with Webex's defaults and limits applied. */
record ListParams(
    Instant from,
    Instant to,
    String status,
    int max,
    String serviceType,
    String format,
    String ownerType,
    String storageRegion,
    String locationId,
    String topic,
    String ownerEmail,
    String ownerId,
    String cursor) {

  static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
  static final Duration MAX_WINDOW = Duration.ofDays(30);
  private static final Set<String> SERVICE_TYPES = Set.of("calling", "customerAssist");
  private static final Set<String> FORMATS = Set.of("MP3");
  private static final Set<String> OWNER_TYPES =
      Set.of("user", "place", "virtualLine", "callQueue");
  private static final Set<String> REGIONS = Set.of("US", "SG", "GB", "JP", "DE", "AU", "IN", "CA");

  /** Decodes a raw query string; the first value of a repeated name wins. */
  static Map<String, String> parameters(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.putIfAbsent(name, value);
    }
    return params;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "Malformed query string: bad percent-encoding.");
    }
  }

  /**
   * @param admin whether this is the admin list (which adds owner filters)
   * @param timezone the {@code timezone} header, for dates written without an offset
   */
  static ListParams parse(Map<String, String> params, boolean admin, Instant now, String timezone) {
    ZoneId zone = zone(timezone);
    Instant from = instant(params.get("from"), "from", zone);
    Instant to = instant(params.get("to"), "to", zone);
    if (from == null && to == null) {
      to = now;
      from = now.minus(DEFAULT_WINDOW);
    } else if (from == null) {
      from = to.minus(DEFAULT_WINDOW);
    } else if (to == null) {
      to = from.plus(DEFAULT_WINDOW);
    }
    if (from.isAfter(to)) {
      throw new ApiException(400, "'from' cannot be after 'to'.");
    }
    if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
      throw new ApiException(400, "The interval between 'from' and 'to' must be within 30 days.");
    }
    String status = params.getOrDefault("status", "available");
    if (status.equals("purged")) {
      throw new ApiException(403, "Only a compliance officer can list purged recordings.");
    }
    if (!status.equals("available") && !status.equals("deleted")) {
      throw new ApiException(400, "Invalid 'status': " + status + ". Use available or deleted.");
    }
    return new ListParams(
        from,
        to,
        status,
        max(params.get("max")),
        oneOf(params, "serviceType", SERVICE_TYPES),
        oneOf(params, "format", FORMATS),
        oneOf(params, "ownerType", OWNER_TYPES),
        oneOf(params, "storageRegion", REGIONS),
        blankToNull(params.get("locationId")),
        blankToNull(params.get("topic")),
        admin ? blankToNull(params.get("ownerEmail")) : null,
        admin ? blankToNull(params.get("ownerId")) : null,
        blankToNull(params.get("cursor")));
  }

  /** Whether a recording passes the filters; {@code callerEmail} limits a user to their own. */
  Predicate<Recording> filter(String callerEmail) {
    String topicLower = topic == null ? null : topic.toLowerCase(Locale.ROOT);
    return r ->
        status.equals(r.status())
            && (callerEmail == null || callerEmail.equalsIgnoreCase(r.ownerEmail()))
            && (ownerEmail == null || ownerEmail.equalsIgnoreCase(r.ownerEmail()))
            && (ownerId == null || ownerId.equals(r.ownerId()))
            && (serviceType == null || serviceType.equals(r.serviceType()))
            && (format == null || format.equals(r.format()))
            && (ownerType == null || ownerType.equals(r.ownerType()))
            && (storageRegion == null || storageRegion.equals(r.storageRegion()))
            && (locationId == null
                || (r.serviceData() != null && locationId.equals(r.serviceData().locationId())))
            && (topicLower == null
                || (r.topic() != null && r.topic().toLowerCase(Locale.ROOT).contains(topicLower)));
  }

  private static int max(String value) {
    if (value == null) {
      return 10;
    }
    int max;
    try {
      max = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new ApiException(
          400, "Invalid 'max': " + value + ". It must be a number from 1 to 100.");
    }
    if (max < 1 || max > 100) {
      throw new ApiException(400, "Invalid 'max': " + max + ". It must be from 1 to 100.");
    }
    return max;
  }

  private static String oneOf(Map<String, String> params, String name, Set<String> allowed) {
    String value = blankToNull(params.get(name));
    if (value != null && !allowed.contains(value)) {
      throw new ApiException(400, "Invalid '" + name + "': " + value + ". Allowed: " + allowed);
    }
    return value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static ZoneId zone(String timezone) {
    if (timezone == null || timezone.isBlank()) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(timezone.trim());
    } catch (DateTimeException e) {
      throw new ApiException(400, "Invalid 'timezone' header: " + timezone);
    }
  }

  /** Any ISO-8601 form: instant, with offset, local date-time or date (in {@code zone}). */
  private static Instant instant(String value, String name, ZoneId zone) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.trim();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException ignored) {
      // try the next form
    }
    try {
      return ZonedDateTime.parse(text).toInstant();
    } catch (DateTimeException ignored) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(text).atZone(zone).toInstant();
    } catch (DateTimeException ignored) {
      // try the next form
    }
    try {
      return LocalDate.parse(text).atStartOfDay(zone).toInstant();
    } catch (DateTimeException e) {
      throw new ApiException(
          400, "Invalid '" + name + "': " + value + ". Use an ISO 8601 date and time.");
    }
  }
}
