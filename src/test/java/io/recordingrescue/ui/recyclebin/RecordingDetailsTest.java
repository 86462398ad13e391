package io.recordingrescue.ui.recyclebin;

import static io.recordingrescue.ui.Fakes.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.ui.Fakes;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.jobs.JobsState;
import io.recordingrescue.webex.Recording;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The details pane's model: every field of the one selected recording, without a toolkit. */
class RecordingDetailsTest {
  private static final Instant CREATED = Instant.parse("2026-02-26T09:15:42Z");
  private static final Recording FULL =
      new Recording(
          "Y2lzY29zcGFyazovL3VzL1JFQ09SRElORy9hYmMxMjM",
          "Quarterly review",
          CREATED,
          CREATED.plusSeconds(3),
          "MP3",
          "customerAssist",
          3_725,
          601_234_567L,
          "deleted",
          "owner-42",
          "queue-support-5@example.com",
          "callQueue",
          "GB",
          new Recording.ServiceData("location-7", "call-session-9f3"));
  private static final Recording BARE =
      new Recording(
          "id-bare", null, null, null, null, null, 0, 0, null, null, null, null, null, null);

  private final Fakes.FakeBin bin = new Fakes.FakeBin();
  private RecycleBinViewModel vm;
  private RecordingDetails details;

  @BeforeEach
  void setUp() {
    bin.recordings.addAll(List.of(FULL, BARE, Fakes.rec("id-3", "ann@x.com", 1_000)));
    UiExecutor ui = UiExecutor.inline();
    Fakes.ScriptedDialogs dialogs = new Fakes.ScriptedDialogs();
    JobsState jobs = new JobsState(new Fakes.FakeRunner(), ui, dialogs, Fakes.messages());
    vm = Fakes.binScreen(bin, ui, dialogs, jobs, true);
    vm.refresh();
    details = vm.details();
  }

  @Test
  void showsEveryFieldOfTheOneSelectedRecording() {
    vm.selectionChanged(List.of(row(FULL.id())));

    assertThat(details.showingProperty().get()).isTrue();
    assertThat(details.titleProperty().get()).isEqualTo("Details · Quarterly review");
    assertThat(texts())
        .containsEntry("id", FULL.id())
        .containsEntry("topic", "Quarterly review")
        .containsEntry("status", "deleted")
        .containsEntry("format", "MP3")
        .containsEntry("sizeBytes", "601.2 MB (601,234,567 bytes)")
        .containsEntry("durationSeconds", "1:02:05 (3,725 s)")
        .containsEntry("ownerEmail", "queue-support-5@example.com")
        .containsEntry("ownerId", "owner-42")
        .containsEntry("ownerType", "callQueue")
        .containsEntry("serviceType", "customerAssist")
        .containsEntry("locationId", "location-7")
        .containsEntry("callSessionId", "call-session-9f3")
        .containsEntry("createTime", "2026-02-26 09:15:42 +00:00")
        .containsEntry("timeRecorded", "2026-02-26 09:15:45 +00:00")
        .containsEntry("storageRegion", "GB")
        // First seen now (the in-memory ledger): the full 30 days at most.
        .containsEntry("daysLeft", "≤ 30")
        .containsEntry("firstSeen", "2026-03-01 12:00:00 +00:00");
    assertThat(details.fields()).allMatch(f -> f.givenProperty().get());
  }

  @Test
  void hasAFieldForEveryFieldOfTheApiRecordIncludingServiceData() {
    List<String> apiFields = new ArrayList<>();
    for (RecordComponent c : Recording.class.getRecordComponents()) {
      if (!c.getName().equals("serviceData")) {
        apiFields.add(c.getName());
      }
    }
    for (RecordComponent c : Recording.ServiceData.class.getRecordComponents()) {
      apiFields.add(c.getName());
    }
    assertThat(apiFields).contains("callSessionId", "locationId", "ownerId", "timeRecorded");
    assertThat(details.fields().stream().map(RecordingDetails.Field::name)).containsAll(apiFields);
  }

  @Test
  void idsAreMarkedForCopyingAndOtherFieldsAreNot() {
    assertThat(
            details.fields().stream()
                .filter(RecordingDetails.Field::isId)
                .map(RecordingDetails.Field::name))
        .containsExactlyInAnyOrder("id", "ownerId", "locationId", "callSessionId");
  }

  @Test
  void fieldsWebexLeftOutSayNotGivenAndHaveNothingToCopy() {
    vm.selectionChanged(List.of(row(BARE.id())));

    assertThat(details.field("id").text()).isEqualTo("id-bare");
    assertThat(details.field("id").givenProperty().get()).isTrue();
    for (String name : List.of("topic", "ownerId", "locationId", "callSessionId", "createTime")) {
      assertThat(details.field(name).text()).as(name).isEqualTo("(not given)");
      assertThat(details.field(name).givenProperty().get()).as(name).isFalse();
    }
    assertThat(details.titleProperty().get()).isEqualTo("Details · (not given)");
  }

  @Test
  void showsNothingWithoutOneSelectedRecordingAndSaysWhatToSelect() {
    assertThat(details.showingProperty().get()).isFalse();
    assertThat(details.titleProperty().get()).contains("select one recording");
    assertThat(details.fields()).allMatch(f -> f.text().isEmpty() && !f.givenProperty().get());

    vm.selectionChanged(List.of(row(FULL.id())));
    vm.selectionChanged(List.of(row(FULL.id()), row("id-3")));
    assertThat(details.showingProperty().get()).isFalse();
    assertThat(details.titleProperty().get())
        .isEqualTo("Details · 2 recordings selected: select one to see all its fields");
    assertThat(details.fields()).allMatch(f -> f.text().isEmpty());
  }

  @Test
  void aRestoredRecordingLeavesThePane() {
    vm.selectionChanged(List.of(row(FULL.id())));
    vm.state().rowsLeftBin(java.util.Set.of(FULL.id()));
    assertThat(details.shown()).isNull();
    assertThat(details.field("callSessionId").text()).isEmpty();
  }

  @Test
  void daysLeftCountsFromTheFirstSighting() {
    Clock later = Clock.fixed(NOW.plus(Duration.ofDays(25)), ZoneOffset.UTC);
    RecordingDetails inFuture = new RecordingDetails(Fakes.messages(), vm.state().formats(), later);
    inFuture.show(List.of(row(FULL.id())));
    assertThat(inFuture.field("daysLeft").text()).isEqualTo("≤ 5");
  }

  private RecordingRow row(String id) {
    return vm.loaded().rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  private Map<String, String> texts() {
    return details.fields().stream()
        .collect(Collectors.toMap(RecordingDetails.Field::name, RecordingDetails.Field::text));
  }
}
