package io.recordingrescue.app;

import io.recordingrescue.webex.ForbiddenException;
import io.recordingrescue.webex.ListQuery;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.WebexClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Admin or not, as WEBEX-API.md suggests: ask the admin list for one item; 403 means user. */
final class AdminProbe {
  private AdminProbe() {}

  static boolean isAdmin(WebexClient client, Clock clock) {
    Instant now = clock.instant();
    try {
      client.listPage(ListScope.org(), ListQuery.deleted(now.minus(Duration.ofDays(1)), now));
      return true;
    } catch (ForbiddenException e) {
      return false;
    }
  }
}
