package io.recordingrescue.ui.incident;

import static io.recordingrescue.ui.Fakes.NOW;
import static io.recordingrescue.ui.Fakes.rec;
import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.restore.incident.IncidentPlan;
import io.recordingrescue.restore.incident.IncidentPreviewer;
import io.recordingrescue.restore.incident.IncidentProgress;
import io.recordingrescue.restore.incident.IncidentReport;
import io.recordingrescue.restore.incident.OwnerPreview;
import io.recordingrescue.restore.incident.OwnerResult;
import io.recordingrescue.ui.Fakes;
import io.recordingrescue.ui.Formats;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.UserContext;
import io.recordingrescue.ui.jobs.JobViewModel;
import io.recordingrescue.ui.jobs.JobsState;
import io.recordingrescue.webex.ErrorBody;
import io.recordingrescue.webex.ForbiddenException;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.ScanResult;
import io.recordingrescue.webex.ScanWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentViewModelTest {
  @TempDir Path dir;
  private final Fakes.ScriptedDialogs dialogs = new Fakes.ScriptedDialogs();
  private final List<ListScope> listed = new ArrayList<>();
  private final FakeService service = new FakeService();
  private final JobsState jobs =
      new JobsState(new Fakes.FakeRunner(), UiExecutor.inline(), dialogs, Fakes.messages());

  private final Map<String, List<Recording>> bins =
      Map.of(
          "ann@x.com",
          List.of(
              rec(
                  "a1",
                  "Old",
                  "ann@x.com",
                  "user",
                  "calling",
                  1_000_000L,
                  NOW.minus(Duration.ofDays(20))),
              rec(
                  "a2",
                  "New",
                  "ann@x.com",
                  "user",
                  "calling",
                  2_000_000L,
                  NOW.minus(Duration.ofDays(1)))),
          "carl@x.com",
          List.of(rec("c1", "C", "carl@x.com", "user", "calling", 500L, NOW)),
          "bob@x.com",
          List.of());

  private final IncidentPreviewer.BinLister lister =
      (scope, listener) -> {
        synchronized (listed) {
          listed.add(scope);
        }
        String owner = ((ListScope.Owner) scope).email().value();
        if (owner.endsWith("@other.org")) {
          return new ScanResult(
              List.of(),
              List.of(
                  new ScanResult.WindowFailure(
                      new ScanWindow(NOW.minus(Duration.ofDays(30)), NOW),
                      new ForbiddenException(ErrorBody.ofMessage("not in your org"), "T-403"))),
              false,
              NOW);
        }
        return new ScanResult(bins.getOrDefault(owner, List.of()), List.of(), false, NOW);
      };

  /** Records the plan, reports progress twice, restores every owner of the plan. */
  static final class FakeService implements IncidentService {
    IncidentPlan plan;
    final List<String> resumed = new ArrayList<>();
    JobState state = JobState.COMPLETED;
    Runnable whileRunning = () -> {};
    boolean sawCancel;

    @Override
    public IncidentReport start(
        IncidentPlan p, IncidentProgress.Listener progress, BooleanSupplier cancelled) {
      plan = p;
      whileRunning.run();
      sawCancel = cancelled.getAsBoolean();
      progress.onProgress(progress(0, p.owners().size(), 0));
      progress.onProgress(progress(1, p.owners().size(), 2));
      List<OwnerResult> owners = new ArrayList<>();
      for (OwnerPreview o : p.owners()) {
        owners.add(
            new OwnerResult(
                o.owner().value(),
                OwnerResult.State.RESTORED,
                o.count(),
                o.count(),
                0,
                List.of("T-1"),
                "job-" + o.owner().value(),
                null));
      }
      owners.addAll(p.excluded());
      return new IncidentReport(
          "incident-1",
          "admin@x.com",
          NOW,
          NOW,
          state,
          state == JobState.COMPLETED ? null : "network",
          p.owners().size(),
          owners);
    }

    /** One owner running, never waiting. */
    private static IncidentProgress progress(int ownersDone, int ownersTotal, int restored) {
      return new IncidentProgress(
          "incident-1",
          ownersDone,
          ownersTotal,
          restored,
          1,
          ProgressEvent.WaitReason.NONE,
          Duration.ZERO);
    }

    @Override
    public IncidentReport resume(
        String incidentId, IncidentProgress.Listener progress, BooleanSupplier cancelled) {
      resumed.add(incidentId);
      return new IncidentReport(
          incidentId, "admin@x.com", NOW, NOW, JobState.COMPLETED, null, 0, List.of());
    }
  }

  private IncidentViewModel vm(boolean admin) {
    return vm(new IncidentPreviewer(lister, 2), admin);
  }

  private IncidentViewModel vm(IncidentPreviewer previewer, boolean admin) {
    return new IncidentViewModel(
        previewer,
        service,
        jobs,
        UiExecutor.inline(),
        dialogs,
        Fakes.messages(),
        new UserContext("Admin", "admin@x.com", admin),
        new Formats(ZoneOffset.UTC));
  }

  @Test
  void theActionIsOfferedToAdministratorsOnlyAndAUserCannotPreviewOrRun() {
    assertThat(IncidentViewModel.offeredTo(new UserContext("U", "u@x.com", false))).isFalse();
    assertThat(IncidentViewModel.offeredTo(new UserContext("A", "a@x.com", true))).isTrue();
    IncidentViewModel vm = vm(false);
    vm.ownersTextProperty().set("ann@x.com");
    assertThat(vm.canPreviewProperty().get()).isFalse();
    vm.preview();
    assertThat(listed).isEmpty();
  }

  @Test
  void previewListsEachOwnerMarksEmptyAndForbiddenOwnersAndListsMalformedInput() {
    IncidentViewModel vm = vm(true);
    vm.ownersTextProperty()
        .set("ann@x.com; bob@x.com\nsomeone@other.org, not-an-address\nANN@x.com\ncarl@x.com");

    vm.preview();

    assertThat(listed).hasSize(4);
    assertThat(vm.inputProblemProperty().get())
        .contains("\"not-an-address\"")
        .contains("never be sent")
        .contains("1 repeated");
    assertThat(vm.rows())
        .extracting(OwnerRow::owner)
        .containsExactly("ann@x.com", "bob@x.com", "someone@other.org", "carl@x.com");
    OwnerRow ann = vm.rows().get(0);
    assertThat(ann.count()).isEqualTo(2);
    assertThat(ann.size()).isEqualTo(Formats.size(3_000_000L, java.util.Locale.ROOT));
    assertThat(ann.oldest()).isNotBlank().isNotEqualTo(ann.newest());
    assertThat(ann.selectedProperty().get()).isTrue();
    OwnerRow bob = vm.rows().get(1);
    assertThat(bob.status()).isEqualTo("Empty");
    assertThat(bob.selectedProperty().get()).isFalse();
    OwnerRow foreign = vm.rows().get(2);
    assertThat(foreign.status()).isEqualTo("Not allowed");
    assertThat(foreign.note()).contains("403").contains("not in your organisation");
    foreign.selectedProperty().set(true);
    assertThat(foreign.selectedProperty().get()).as("a 403 owner cannot be ticked").isFalse();
    assertThat(vm.totalsProperty().get()).startsWith("2 owner(s) ticked: 3 recording(s)");
    assertThat(vm.canConfirmProperty().get()).isTrue();
  }

  @Test
  void untickingChangesTheTotalsAndTheUntickedOwnerIsNotInThePlan() {
    IncidentViewModel vm = vm(true);
    vm.ownersTextProperty().set("ann@x.com\ncarl@x.com\nbob@x.com");
    vm.preview();

    vm.rows().get(1).selectedProperty().set(false);

    assertThat(vm.totalsProperty().get())
        .startsWith("1 owner(s) ticked: 2 recording(s)")
        .contains("2 input(s) will not be sent");
    vm.confirm();
    assertThat(dialogs.confirmations).hasSize(1);
    assertThat(dialogs.confirmations.get(0)).contains("Restore 2 recording(s) of 1 owner(s)?");
    assertThat(service.plan.owners())
        .extracting(p -> p.owner().value())
        .containsExactly("ann@x.com");
    assertThat(service.plan.excluded())
        .extracting(OwnerResult::owner, OwnerResult::state)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("carl@x.com", OwnerResult.State.NOT_SELECTED),
            org.assertj.core.groups.Tuple.tuple("bob@x.com", OwnerResult.State.NOTHING_IN_BIN));
  }

  @Test
  void confirmRunsTheIncidentShowsOwnersAndRecordingsSoFarAndExportsTheAudit() throws Exception {
    IncidentViewModel vm = vm(true);
    vm.ownersTextProperty().set("ann@x.com\ncarl@x.com");
    vm.preview();

    vm.confirm();

    assertThat(service.plan.owners()).hasSize(2);
    assertThat(vm.progressTextProperty().get())
        .isEqualTo("Owners 2 of 2 done, 3 recording(s) restored so far");
    assertThat(vm.resultTextProperty().get())
        .contains("2 of 2 owner(s) done: 3 recording(s) restored, 0 left");
    assertThat(dialogs.finished).hasSize(1);
    assertThat(vm.canExportProperty().get()).isTrue();

    dialogs.saveAs = dir.resolve("audit.csv");
    vm.export(false);
    assertThat(dialogs.saveQuestions).containsExactly("incident-1.csv");
    String csv = Files.readString(dir.resolve("audit.csv"));
    assertThat(csv)
        .startsWith("incidentId,")
        .contains("ann@x.com,RESTORED,2,2,0,T-1,job-ann@x.com");
    dialogs.saveAs = dir.resolve("audit.json");
    vm.export(true);
    assertThat(Files.readString(dir.resolve("audit.json")))
        .contains("\"ownerEmail\" : \"carl@x.com\"");
  }

  @Test
  void declinedConfirmationSendsNothingAndAChangedListDropsThePreview() {
    IncidentViewModel vm = vm(true);
    vm.ownersTextProperty().set("ann@x.com");
    vm.preview();
    dialogs.answer = false;

    vm.confirm();
    assertThat(service.plan).isNull();

    vm.ownersTextProperty().set("ann@x.com\ncarl@x.com");
    assertThat(vm.rows()).isEmpty();
    assertThat(vm.canConfirmProperty().get()).isFalse();
  }

  @Test
  void aPausedIncidentSaysSoAndCanBeResumed() {
    service.state = JobState.PAUSED_NETWORK;
    IncidentViewModel vm = vm(true);
    vm.ownersTextProperty().set("ann@x.com");
    vm.preview();
    vm.confirm();
    assertThat(vm.resultTextProperty().get())
        .contains("The incident stopped (Paused: network)")
        .contains("Resume it");

    vm.resume("incident-1");
    assertThat(service.resumed).containsExactly("incident-1");
  }

  @Test
  void aResumeAskedForWhileAPreviewListsGoesOnOnceThePreviewEndsAndSaysSoMeanwhile() {
    IncidentViewModel[] vm = new IncidentViewModel[1];
    List<String> saidWhilePreviewing = new ArrayList<>();
    IncidentPreviewer.BinLister resumeAskedMidPreview =
        (scope, listener) -> {
          if (saidWhilePreviewing.isEmpty()) {
            vm[0].resume("incident-7"); // the resume prompt's button, while the dialog lists
            saidWhilePreviewing.add(vm[0].resultTextProperty().get());
            assertThat(service.resumed).isEmpty();
          }
          return lister.scan(scope, listener);
        };
    vm[0] = vm(new IncidentPreviewer(resumeAskedMidPreview, 1), true);
    vm[0].ownersTextProperty().set("ann@x.com\ncarl@x.com");

    vm[0].preview();

    assertThat(saidWhilePreviewing)
        .containsExactly("Incident incident-7 will go on as soon as the work under way ends.");
    assertThat(service.resumed).containsExactly("incident-7");
    assertThat(jobs.jobs())
        .singleElement()
        .satisfies(job -> assertThat(job.title()).isEqualTo("Resume incident incident-7"));
    assertThat(vm[0].busyProperty().get()).isFalse();
  }

  @Test
  void anIncidentEndsThroughTheSharedJobsListAndItsFinishIsToldOnce() {
    IncidentViewModel vm = vm(true);
    vm.ownersTextProperty().set("ann@x.com\ncarl@x.com");
    vm.preview();

    vm.confirm();

    assertThat(jobs.jobs())
        .singleElement()
        .satisfies(
            job -> {
              assertThat(job.title()).isEqualTo("Restore all for several owners");
              assertThat(job.jobId()).isEqualTo("incident-1");
              assertThat(job.stateProperty().get()).isEqualTo(JobState.COMPLETED);
              assertThat(job.progressProperty().get()).isEqualTo(1.0);
              assertThat(job.summaryProperty().get()).isEqualTo(vm.resultTextProperty().get());
              assertThat(job.resumableProperty().get()).isFalse();
            });
    assertThat(jobs.busyProperty().get()).isFalse();
    assertThat(jobs.lastSummaryProperty().get())
        .startsWith("Restore all for several owners\n")
        .contains("2 of 2 owner(s) done: 3 recording(s) restored, 0 left");
    assertThat(dialogs.finished).containsExactly(vm.resultTextProperty().get());
  }

  @Test
  void thePanelsCancelReachesTheIncidentAndItsResumeGoesOnWithTheIncident() {
    service.state = JobState.CANCELLED;
    service.whileRunning = jobs::cancelCurrent;
    IncidentViewModel vm = vm(true);
    vm.ownersTextProperty().set("ann@x.com");
    vm.preview();

    vm.confirm();

    assertThat(service.sawCancel).isTrue();
    JobViewModel stopped = jobs.currentProperty().get();
    assertThat(stopped.stateProperty().get()).isEqualTo(JobState.CANCELLED);
    assertThat(stopped.resumableProperty().get()).isTrue();

    jobs.resumeCurrent();

    assertThat(service.resumed).containsExactly("incident-1");
    assertThat(stopped.resumableProperty().get()).isFalse();
    assertThat(jobs.jobs()).hasSize(2);
    assertThat(jobs.currentProperty().get().title()).isEqualTo("Resume incident incident-1");
    assertThat(jobs.currentProperty().get().stateProperty().get()).isEqualTo(JobState.COMPLETED);
  }

  @Test
  void anIncidentThatCannotRunFailsItsEntryAndSaysWhyOnce() {
    service.whileRunning =
        () -> {
          throw new IllegalStateException("journal folder gone");
        };
    IncidentViewModel vm = vm(true);
    vm.ownersTextProperty().set("ann@x.com");
    vm.preview();

    vm.confirm();

    assertThat(dialogs.errors).singleElement().asString().contains("journal folder gone");
    assertThat(vm.resultTextProperty().get()).contains("journal folder gone");
    assertThat(jobs.jobs())
        .singleElement()
        .satisfies(
            job -> {
              assertThat(job.runningProperty().get()).isFalse();
              assertThat(job.stateProperty().get()).isNull();
            });
    assertThat(jobs.busyProperty().get()).isFalse();
    assertThat(vm.busyProperty().get()).isFalse();
  }

  @Test
  void badInputIsExplainedAndNothingIsListed() throws Exception {
    IncidentViewModel vm = vm(true);
    vm.ownersTextProperty().set("junk; more junk");
    vm.preview();
    assertThat(vm.inputProblemProperty().get()).contains("No valid owner");
    assertThat(listed).isEmpty();

    StringBuilder many = new StringBuilder();
    for (int i = 0; i <= 1000; i++) {
      many.append("u").append(i).append("@x.com\n");
    }
    vm.ownersTextProperty().set(many.toString());
    vm.preview();
    assertThat(vm.inputProblemProperty().get())
        .contains("1001 owners given")
        .contains("at most 1000");
    assertThat(listed).isEmpty();

    Path noEmail = dir.resolve("people.csv");
    Files.writeString(noEmail, "name,dept\nAnn,Sales\n");
    vm.openCsv(noEmail);
    assertThat(vm.inputProblemProperty().get()).contains("people.csv").contains("no e-mail column");

    Path good = dir.resolve("owners.csv");
    Files.writeString(good, "Name,E-mail\nAnn,ann@x.com\nX,oops\n");
    vm.openCsv(good);
    assertThat(vm.ownersTextProperty().get()).isEqualTo("ann@x.com\noops");
    assertThat(vm.inputProblemProperty().get()).contains("\"oops\"");
  }
}
