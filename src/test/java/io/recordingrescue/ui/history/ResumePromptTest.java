package io.recordingrescue.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.CancellationToken;
import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.WebexRestoreGateway;
import io.recordingrescue.restore.incident.IncidentJournal;
import io.recordingrescue.restore.incident.IncidentPlan;
import io.recordingrescue.restore.incident.IncidentPlanner;
import io.recordingrescue.restore.incident.IncidentReport;
import io.recordingrescue.restore.incident.IncidentRunner;
import io.recordingrescue.restore.incident.OwnerInput;
import io.recordingrescue.restore.incident.OwnerPreview;
import io.recordingrescue.ui.EngineOnSandbox;
import io.recordingrescue.ui.Fakes;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.jobs.JobsState;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.Sleeper;
import io.recordingrescue.webex.WebexClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumePromptTest {
  @TempDir Path journalDir;
  private EngineOnSandbox env;
  private final Fakes.ScriptedDialogs dialogs = new Fakes.ScriptedDialogs();
  private JobsState jobs;
  private ResumePrompt prompt;
  private final List<RestoreReport> resumedReports = new ArrayList<>();

  @BeforeEach
  void setUp() {
    env = new EngineOnSandbox(journalDir);
    jobs = new JobsState(env.runner, UiExecutor.inline(), dialogs, Fakes.messages());
    jobs.onEveryReport(resumedReports::add);
    prompt =
        new ResumePrompt(
            env.journal,
            jobs,
            UiExecutor.inline(),
            dialogs,
            Fakes.messages(),
            ZoneOffset.UTC,
            Locale.ROOT);
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  @Test
  void nothingUnfinishedAsksNothing() throws Exception {
    env.completed(env.deletedIds(0, 2));
    prompt.check();
    assertThat(dialogs.confirmations).isEmpty();
    assertThat(jobs.jobs()).isEmpty();
  }

  @Test
  void namesEachUnfinishedJobAndResumesThemWhenAccepted() throws Exception {
    RestoreReport first = env.cancelled(env.deletedIds(0, 3));
    RestoreReport second = env.cancelled(env.deletedIds(3, 4));
    List<ResumePrompt.Unfinished> found = new ArrayList<>();
    prompt.check(found::addAll);

    assertThat(found)
        .extracting(ResumePrompt.Unfinished::jobId)
        .containsExactlyInAnyOrder(first.jobId(), second.jobId());
    assertThat(dialogs.confirmations)
        .singleElement()
        .asString()
        .startsWith("2 restore jobs did not finish. Resume now?")
        .contains(first.jobId())
        .contains("Cancelled, 3 recordings still to do")
        .contains("Cancelled, 4 recordings still to do")
        .contains(env.sandbox.adminEmail());
    assertThat(resumedReports)
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.state()).isEqualTo(JobState.COMPLETED));
    assertThat(env.journal.unfinished()).isEmpty();
    assertThat(env.sandbox.restoreLog()).flatExtracting(c -> c.recordingIds()).hasSize(7);
  }

  @Test
  void declinedLeavesTheJobsUnfinishedForLater() throws Exception {
    RestoreReport job = env.cancelled(env.deletedIds(0, 3));
    dialogs.answer = false;
    prompt.check();
    assertThat(dialogs.confirmations).hasSize(1);
    assertThat(env.sandbox.restoreLog()).isEmpty();
    assertThat(env.journal.unfinished()).extracting(r -> r.jobId()).containsExactly(job.jobId());
  }

  @Test
  void anUnfinishedIncidentIsOfferedOnceAndItsOwnersJobIsLeftToIt() throws Exception {
    Clock clock = Clock.systemUTC();
    WebexClient client =
        WebexClient.builder(
                env.sandbox.baseUrl(), AccessTokenSource.fixed(env.sandbox.adminToken()))
            .build();
    RestoreEngine engine =
        new RestoreEngine(
            WebexRestoreGateway.of(client, clock),
            env.journal,
            clock,
            Sleeper.SYSTEM,
            RestoreEngine.Options.defaults());
    IncidentJournal incidents = new IncidentJournal(journalDir, clock);
    String owner = env.sandbox.userEmail();
    OwnerInput input = new IncidentPlanner().fromText(owner);
    IncidentPlan plan =
        IncidentPlan.of(
            input,
            List.of(
                new OwnerPreview(
                    EmailAddress.parse(owner), OwnerPreview.Status.IN_BIN, 1, 1, null, null, null)),
            Set.of());
    CancellationToken stop = new CancellationToken();
    IncidentReport stopped =
        new IncidentRunner(engine, incidents, clock, 1)
            .start(
                plan,
                env.sandbox.adminEmail(),
                p -> {
                  if (p.ownersRunning() > 0) {
                    stop.cancel(); // as soon as the owner's job has started
                  }
                },
                stop);
    assertThat(stopped.completed()).isFalse();
    assertThat(env.journal.unfinished()).hasSize(1);
    List<String> resumedIncidents = new ArrayList<>();
    prompt.offerIncidents(incidents::unfinished, resumedIncidents::add);
    List<ResumePrompt.Unfinished> found = new ArrayList<>();

    prompt.check(found::addAll);

    assertThat(found)
        .extracting(ResumePrompt.Unfinished::jobId)
        .containsExactly(stopped.incidentId());
    assertThat(dialogs.confirmations)
        .singleElement()
        .asString()
        .contains(stopped.incidentId() + " (several owners)")
        .contains("0 of 1 owners done");
    assertThat(resumedIncidents).containsExactly(stopped.incidentId());
    assertThat(resumedReports).isEmpty();
  }
}
