package io.recordingrescue.ui.history;

import io.recordingrescue.restore.Journal;
import io.recordingrescue.restore.JournalReplay;
import io.recordingrescue.restore.incident.IncidentJournal;
import io.recordingrescue.restore.incident.IncidentRecord;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.Job;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.jobs.JobsState;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The start-up check: lists the jobs the journal says did not finish (paused for sign-in or the
 * network, cancelled, or cut off by a crash) and offers to resume them. Reading the journal runs in
 * the background; the question is one confirmation naming every job.
 */
public final class ResumePrompt {
  /** A job that did not finish, as the prompt names it. */
  public record Unfinished(String jobId, String summary) {}

  private final Journal journal;
  private final JobsState jobs;
  private final UiExecutor ui;
  private final DialogService dialogs;
  private final Messages messages;
  private final DateTimeFormatter time;
  private volatile Supplier<List<IncidentRecord>> incidents = List::of;
  private volatile Consumer<String> resumeIncident = id -> {};

  public ResumePrompt(
      Journal journal,
      JobsState jobs,
      UiExecutor ui,
      DialogService dialogs,
      Messages messages,
      ZoneId zone,
      Locale locale) {
    this.journal = journal;
    this.jobs = jobs;
    this.ui = ui;
    this.dialogs = dialogs;
    this.messages = messages;
    this.time =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
  }

  /**
   * Also offers unfinished incidents (restore-all for several owners); the jobs of their owners are
   * then left to the incident, which resumes them in its own order.
   */
  public void offerIncidents(
      Supplier<List<IncidentRecord>> unfinished, Consumer<String> resumeIncident) {
    this.incidents = unfinished;
    this.resumeIncident = resumeIncident;
  }

  /** Looks for unfinished jobs; when there are some, asks, then resumes each one. */
  public void check() {
    check(found -> {});
  }

  /** As {@link #check()}; {@code afterLooking} gets the jobs found (on the UI thread). */
  public void check(Consumer<List<Unfinished>> afterLooking) {
    // Reading small files: nothing to stop, so no onCancel.
    Job.of(messages.get("resume.looking"), context -> unfinished())
        .onSuccess(
            found -> {
              afterLooking.accept(found);
              offer(found);
            })
        // A journal folder that cannot be read must not keep the window from opening.
        .onFailure(
            error ->
                dialogs.showError(
                    messages.get("resume.title"),
                    messages.format("resume.unreadable", String.valueOf(error.getMessage()))))
        .start(ui);
  }

  /** The unfinished incidents, then the unfinished jobs that belong to none of them. */
  private List<Unfinished> unfinished() {
    List<IncidentRecord> open = incidents.get();
    Set<String> incidentJobs =
        open.stream().flatMap(r -> r.started().values().stream()).collect(Collectors.toSet());
    List<Unfinished> found = new ArrayList<>();
    open.forEach(r -> found.add(describe(r)));
    journal.unfinished().stream()
        .filter(r -> !incidentJobs.contains(r.jobId()))
        .map(this::describe)
        .forEach(found::add);
    return found;
  }

  private Unfinished describe(JournalReplay r) {
    int unsettled = r.toReport().unsettledIds().size();
    return new Unfinished(
        r.jobId(),
        messages.format(
            "resume.line",
            r.jobId(),
            r.createdAt() == null ? "?" : time.format(r.createdAt()),
            messages.get("history.state." + r.state().name()),
            unsettled,
            r.operator() == null ? "?" : r.operator()));
  }

  private Unfinished describe(IncidentRecord r) {
    return new Unfinished(
        r.incidentId(),
        messages.format(
            "resume.incidentLine",
            r.incidentId(),
            r.createdAt() == null ? "?" : time.format(r.createdAt()),
            messages.get("history.state." + r.state().name()),
            r.done().size(),
            r.owners().size(),
            r.operator() == null ? "?" : r.operator()));
  }

  private void offer(List<Unfinished> found) {
    if (found.isEmpty()) {
      return;
    }
    StringBuilder details = new StringBuilder(messages.get("resume.details"));
    found.forEach(u -> details.append('\n').append("• ").append(u.summary()));
    if (!dialogs.confirm(
        messages.get("resume.title"),
        messages.format("resume.header", found.size()),
        details.toString())) {
      return;
    }
    for (Unfinished u : found) {
      if (IncidentJournal.isIncidentId(u.jobId())) {
        resumeIncident.accept(u.jobId());
        continue;
      }
      jobs.resume(u.jobId(), messages.format("history.jobTitle", u.jobId()), report -> {});
    }
  }
}
