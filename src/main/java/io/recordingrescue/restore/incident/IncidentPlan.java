package io.recordingrescue.restore.incident;

import io.recordingrescue.webex.EmailAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an incident will do: the owners to restore (ticked, with recordings in the bin) with what
 * the preview counted, and every other input with the reason it is not sent (malformed, 403, empty,
 * unticked, not listed).
 */
public record IncidentPlan(List<OwnerPreview> owners, List<OwnerResult> excluded) {

  public IncidentPlan {
    owners = List.copyOf(owners);
    excluded = List.copyOf(excluded);
    if (owners.size() > IncidentPlanner.MAX_OWNERS) {
      throw new IllegalArgumentException("at most " + IncidentPlanner.MAX_OWNERS + " owners");
    }
  }

  /** Restores the restorable owners of {@code previews} except those in {@code unticked}. */
  public static IncidentPlan of(
      OwnerInput input, List<OwnerPreview> previews, Set<EmailAddress> unticked) {
    Map<EmailAddress, OwnerPreview> byOwner =
        previews.stream().collect(Collectors.toMap(OwnerPreview::owner, Function.identity()));
    List<OwnerPreview> run = new ArrayList<>();
    List<OwnerResult> excluded = new ArrayList<>();
    for (EmailAddress owner : input.owners()) {
      OwnerPreview p = byOwner.get(owner);
      if (p == null) {
        excluded.add(
            OwnerResult.excluded(
                owner.value(), OwnerResult.State.PREVIEW_FAILED, 0, "Not listed by the preview."));
      } else if (!p.restorable()) {
        excluded.add(
            OwnerResult.excluded(
                owner.value(),
                switch (p.status()) {
                  case EMPTY -> OwnerResult.State.NOTHING_IN_BIN;
                  case NOT_ALLOWED -> OwnerResult.State.NOT_ALLOWED;
                  default -> OwnerResult.State.PREVIEW_FAILED;
                },
                p.count(),
                p.status() == OwnerPreview.Status.EMPTY
                    ? "Nothing in the recycle bin; nothing was sent."
                    : p.message()));
      } else if (unticked.contains(owner)) {
        excluded.add(
            OwnerResult.excluded(
                owner.value(),
                OwnerResult.State.NOT_SELECTED,
                p.count(),
                "Unticked by the operator; nothing was sent."));
      } else {
        run.add(p);
      }
    }
    for (OwnerInput.Malformed m : input.malformed()) {
      excluded.add(
          OwnerResult.excluded(
              m.input(), OwnerResult.State.MALFORMED, 0, "Never sent: " + m.reason() + "."));
    }
    return new IncidentPlan(run, excluded);
  }

  public int recordings() {
    return owners.stream().mapToInt(OwnerPreview::count).sum();
  }

  public long totalBytes() {
    return owners.stream().mapToLong(OwnerPreview::totalBytes).sum();
  }
}
