package io.recordingrescue.restore;

import io.recordingrescue.webex.WebexApiException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A 4xx that refused a batch: one bad id must not sink the other 99. Ids Webex's error names are
 * pinned at once and the rest sent again; otherwise the batch is halved until single ids are
 * refused. Webex's answer naming the id is what settles it: 404 (or 410) means Webex does not know
 * it (never existed, or purged in the meantime), anything else is a refusal.
 */
final class Refusals {
  private final EngineParts parts;
  private final JobRun job;
  private final Consumer<List<String>> sendAgain;

  Refusals(EngineParts parts, JobRun job, Consumer<List<String>> sendAgain) {
    this.parts = parts;
    this.job = job;
    this.sendAgain = sendAgain;
  }

  void refused(List<String> ids, WebexApiException e) {
    job.batchDone();
    if (ids.size() == 1) {
      pin(ids.get(0), e);
      return;
    }
    Set<String> named = namedIn(ids, e);
    parts.stats().splits.incrementAndGet();
    if (!named.isEmpty() && named.size() < ids.size()) {
      List<String> rest = new ArrayList<>();
      for (String id : ids) {
        if (named.contains(id)) {
          pin(id, e);
        } else {
          rest.add(id);
        }
      }
      sendAgain.accept(rest);
      return;
    }
    int half = ids.size() / 2;
    sendAgain.accept(List.copyOf(ids.subList(0, half)));
    sendAgain.accept(List.copyOf(ids.subList(half, ids.size())));
  }

  private void pin(String id, WebexApiException e) {
    parts.stats().pinned.incrementAndGet();
    String tracking = e.trackingId().orElse(null);
    boolean notFound = e.status() == 404 || e.status() == 410;
    job.settle(
        List.of(
            notFound
                ? new IdOutcome(
                    id, FinalState.NOT_FOUND, e.status(), OutcomeTexts.webexText(e), tracking)
                : IdOutcome.failed(id, e.status(), OutcomeTexts.refusal(e), tracking)));
  }

  /** Ids of the batch that Webex's error text names. */
  private static Set<String> namedIn(List<String> ids, WebexApiException e) {
    String text = e.webexMessage() + "\n" + String.join("\n", e.errorDescriptions());
    Set<String> named = new HashSet<>();
    for (String id : ids) {
      if (text.contains(id)) {
        named.add(id);
      }
    }
    return named;
  }
}
