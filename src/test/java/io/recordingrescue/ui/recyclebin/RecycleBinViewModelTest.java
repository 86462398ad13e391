package io.recordingrescue.ui.recyclebin;

import static io.recordingrescue.ui.Fakes.NOW;
import static io.recordingrescue.ui.Fakes.rec;
import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.IdHint;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.ui.Fakes;
import io.recordingrescue.ui.Job;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.UserContext;
import io.recordingrescue.ui.jobs.JobsState;
import io.recordingrescue.webex.ListScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecycleBinViewModelTest {
  private final Fakes.FakeBin bin = new Fakes.FakeBin();
  private final Fakes.FakeRunner runner = new Fakes.FakeRunner();
  private final Fakes.ScriptedDialogs dialogs = new Fakes.ScriptedDialogs();
  private final AtomicInteger uiEvents = new AtomicInteger();
  private RecycleBinViewModel vm;

  /** Inline, but counts the hand-overs to the UI thread. */
  private final UiExecutor ui =
      new UiExecutor() {
        private final UiExecutor inline = UiExecutor.inline();

        @Override
        public void onUi(Runnable action) {
          uiEvents.incrementAndGet();
          action.run();
        }

        @Override
        public void onUiAfter(java.time.Duration delay, Runnable action) {
          onUi(action);
        }

        @Override
        public <T> void submit(
            Job<T> job, Consumer<? super T> onDone, Consumer<? super Throwable> onError) {
          inline.submit(job, onDone, onError);
        }
      };

  @BeforeEach
  void setUp() {
    bin.recordings.addAll(
        List.of(
            rec(
                "id-1",
                "Weekly sync",
                "ann@x.com",
                "user",
                "calling",
                1_000_000_000L,
                NOW.minus(Duration.ofDays(3))),
            rec(
                "id-2",
                "Customer call",
                "bob@x.com",
                "callQueue",
                "customerAssist",
                500_000_000L,
                NOW.minus(Duration.ofDays(40))),
            rec(
                "id-3",
                "Встреча",
                "ann@x.com",
                "user",
                "calling",
                2_000_000L,
                NOW.minus(Duration.ofDays(100))),
            rec(
                "id-4",
                "Lobby",
                "lobby@x.com",
                "hotDesk",
                "calling",
                3_000L,
                NOW.minus(Duration.ofDays(1))),
            rec(
                "id-5",
                "Weekly sync",
                "cy@x.com",
                "user",
                "calling",
                4_000L,
                NOW.minus(Duration.ofDays(5)))));
    vm = newVm(true);
  }

  private RecycleBinViewModel newVm(boolean admin) {
    JobsState jobs = new JobsState(runner, ui, dialogs, Fakes.messages());
    return Fakes.binScreen(bin, ui, dialogs, jobs, admin);
  }

  @Test
  void rowsArriveOnePageAtATimeNotOneRowAtATime() {
    bin.pageSize = 2;
    vm.refresh();
    assertThat(vm.loaded().rows()).hasSize(5);
    assertThat(uiEvents.get()).isEqualTo(3); // 3 pages of at most 2 rows.
    assertThat(vm.loader().loadingProperty().get()).isFalse();
    assertThat(vm.loader().lastScanTextProperty().get()).contains("2026-03-01 12:00");
  }

  @Test
  void searchMatchesTopicOwnerAndIdCaseInsensitively() {
    vm.refresh();
    vm.searchProperty().set("weekly");
    assertThat(ids(vm.loaded().visibleRows())).containsExactly("id-1", "id-5");
    vm.searchProperty().set("ANN@");
    assertThat(ids(vm.loaded().visibleRows())).containsExactly("id-1", "id-3");
    vm.searchProperty().set("id-4");
    assertThat(ids(vm.loaded().visibleRows())).containsExactly("id-4");
    vm.searchProperty().set("weekly cy");
    assertThat(ids(vm.loaded().visibleRows())).containsExactly("id-5");
    vm.searchProperty().set("");
    assertThat(vm.loaded().visibleRows()).hasSize(5);
  }

  @Test
  void aSearchShowsNoRowThatLeftTheBin() {
    vm.refresh();
    vm.searchProperty().set("weekly");
    assertThat(ids(vm.loaded().visibleRows())).containsExactly("id-1", "id-5");
    vm.state().rowsLeftBin(Set.of("id-5"));
    vm.searchProperty().set("");
    vm.searchProperty().set("sync");
    assertThat(ids(vm.loaded().visibleRows())).containsExactly("id-1");
    vm.searchProperty().set("@x.com");
    assertThat(ids(vm.loaded().visibleRows())).containsExactly("id-1", "id-2", "id-3", "id-4");
  }

  @Test
  void pagesThatArriveWhileASearchAndAQuickFilterAreSetShowOnlyTheRowsThatPass() {
    bin.pageSize = 2;
    vm.searchProperty().set("SYNC ann");
    vm.refresh();
    assertThat(ids(vm.loaded().visibleRows())).containsExactly("id-1");
    vm.searchProperty().set("x.com");
    vm.ownerTypeFilterProperty().set("user");
    vm.refresh();
    assertThat(vm.loaded().rows()).hasSize(5);
    assertThat(ids(vm.loaded().visibleRows())).containsExactly("id-1", "id-3", "id-5");
    vm.searchProperty().set("");
    vm.refresh();
    assertThat(ids(vm.loaded().visibleRows())).containsExactly("id-1", "id-3", "id-5");
  }

  @Test
  void quickFiltersNarrowByOwnerTypeServiceTypeAndDate() {
    vm.refresh();
    assertThat(vm.loaded().ownerTypes()).containsExactly("", "callQueue", "hotDesk", "user");
    vm.ownerTypeFilterProperty().set("user");
    assertThat(ids(vm.loaded().visibleRows())).containsExactly("id-1", "id-3", "id-5");
    vm.serviceTypeFilterProperty().set("customerAssist");
    assertThat(vm.loaded().visibleRows()).isEmpty();
    vm.ownerTypeFilterProperty().set(RecycleBinViewModel.ANY);
    assertThat(ids(vm.loaded().visibleRows())).containsExactly("id-2");
    vm.serviceTypeFilterProperty().set(RecycleBinViewModel.ANY);
    vm.createdFromProperty().set(LocalDate.of(2026, 2, 24));
    vm.createdToProperty().set(LocalDate.of(2026, 2, 27));
    assertThat(ids(vm.loaded().visibleRows())).containsExactly("id-1", "id-5");
    assertThat(vm.statusTextProperty().get()).contains("2 shown");
  }

  @Test
  void statusBarCountsBinSelectionAndSelectedSize() {
    vm.refresh();
    vm.selectionChanged(List.of(vm.loaded().rows().get(0), vm.loaded().rows().get(1)));
    assertThat(vm.statusTextProperty().get()).isEqualTo("5 in the bin · 2 selected (1.5 GB)");
  }

  @Test
  void statusBarNamesNoSelectionWhenThereIsNone() {
    vm.refresh();
    assertThat(vm.statusTextProperty().get()).isEqualTo("5 in the bin");
    vm.selectionChanged(List.of(vm.loaded().rows().get(2)));
    assertThat(vm.statusTextProperty().get()).isEqualTo("5 in the bin · 1 selected (2.0 MB)");
    vm.selectionChanged(List.of());
    assertThat(vm.statusTextProperty().get()).isEqualTo("5 in the bin").doesNotContain("selected");
    vm.searchProperty().set("ann@");
    assertThat(vm.statusTextProperty().get()).isEqualTo("5 in the bin · 2 shown");
  }

  @Test
  void refreshKeepsTheSelectionOfIdsThatAreStillThere() {
    vm.refresh();
    vm.selectionChanged(List.of(vm.loaded().rows().get(0), vm.loaded().rows().get(3)));
    bin.recordings.removeIf(r -> r.id().equals("id-4"));
    vm.refresh();
    assertThat(vm.loader().selectionToRestoreProperty().get()).isEqualTo(Set.of("id-1"));
  }

  @Test
  void restoreAsksWithCountSizeAndOwnersThenRemovesRestoredRows() {
    vm.refresh();
    runner.failing.add("id-2");
    List<RecordingRow> chosen =
        List.of(vm.loaded().rows().get(0), vm.loaded().rows().get(1), vm.loaded().rows().get(2));
    vm.selectionChanged(chosen);
    vm.restoreSelected();
    assertThat(dialogs.confirmations).hasSize(1);
    assertThat(dialogs.confirmations.get(0))
        .contains("3 recordings")
        .contains("1.5 GB")
        .contains("ann@x.com, bob@x.com");
    // The job carries where the loaded rows said each recording is.
    Map<String, IdHint> hints = new HashMap<>();
    chosen.forEach(
        r -> hints.put(r.id(), new IdHint(r.recording().createTime(), r.recording().ownerEmail())));
    assertThat(hints).hasSize(3);
    assertThat(runner.targets)
        .containsExactly(new RestoreTarget.ByIds(List.of("id-1", "id-2", "id-3"), hints));
    assertThat(ids(vm.loaded().rows())).containsExactly("id-2", "id-4", "id-5");
    assertThat(dialogs.finished.get(0))
        .contains("Restored: 2 · Failed: 1 · Unknown: 0")
        .contains("trackingId track-id-2");
    assertThat(vm.selectedCountProperty().get()).isEqualTo(1);
  }

  @Test
  void declinedConfirmationStartsNothing() {
    vm.refresh();
    dialogs.answer = false;
    vm.selectionChanged(List.of(vm.loaded().rows().get(0)));
    vm.restoreSelected();
    assertThat(runner.targets).isEmpty();
    assertThat(vm.loaded().rows()).hasSize(5);
  }

  @Test
  void restoreWithNothingSelectedSaysWhatToDo() {
    vm.restoreSelected();
    assertThat(dialogs.errors).singleElement().asString().contains("Select the recordings");
    assertThat(runner.targets).isEmpty();
  }

  @Test
  void scopeIsOrgOrOneOwnerForAdminAndMineForUser() {
    assertThat(vm.scope()).isEqualTo(ListScope.org());
    vm.wholeOrgProperty().set(false);
    vm.scopeOwnerProperty().set(" Ann@X.com ");
    assertThat(vm.scope())
        .isEqualTo(ListScope.owner(io.recordingrescue.webex.EmailAddress.parse("ann@x.com")));
    vm.scopeOwnerProperty().set("not-an-email");
    assertThat(vm.scope()).isNull();
    vm.refresh();
    assertThat(bin.scans).isEmpty();
    assertThat(vm.loader().loadMessageProperty().get()).contains("not a valid e-mail");
    assertThat(newVm(false).scope()).isEqualTo(ListScope.mine());
  }

  @Test
  void copiedIdsAreOnePerLineAndRowsAreTabSeparated() {
    vm.refresh();
    List<RecordingRow> two = List.of(vm.loaded().rows().get(0), vm.loaded().rows().get(1));
    assertThat(RecycleBinViewModel.idsText(two)).isEqualTo("id-1\nid-2");
    String rows = vm.rowsText(two);
    assertThat(rows.split("\n")).hasSize(3);
    assertThat(rows.split("\n")[1]).startsWith("id-1\tWeekly sync\tann@x.com\tuser\t");
  }

  @Test
  void aLedgerThatCouldNotSaveIsToldAfterTheScanAndTheRowsStillLoad() {
    FirstSeenLedger memory = FirstSeenLedger.inMemory();
    FirstSeenLedger notSaving =
        new FirstSeenLedger() {
          @Override
          public Map<String, Instant> see(Collection<String> ids, Instant now) {
            return memory.see(ids, now);
          }

          @Override
          public Optional<String> notSavedBecause() {
            return Optional.of("/data/first-seen.properties: No space left on device");
          }
        };
    JobsState jobs = new JobsState(runner, ui, dialogs, Fakes.messages());
    vm =
        new RecycleBinViewModel(
            new BinState(Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC, jobs),
            bin,
            ui,
            dialogs,
            jobs,
            Fakes.messages(),
            notSaving,
            new UserContext("Op", "op@x.com", true));

    vm.refresh();

    assertThat(vm.loaded().rows()).hasSize(5);
    assertThat(vm.loader().loadMessageProperty().get())
        .contains("could not be saved (/data/first-seen.properties: No space left on device)")
        .contains("start over");
  }

  @Test
  void aFailedScanSaysSoInPlainWords() {
    bin.byScope =
        scope -> {
          throw new io.recordingrescue.webex.WebexNetworkException("connection reset", null, false);
        };
    vm.refresh();
    assertThat(vm.loader().loadMessageProperty().get()).contains("could not be reached");
    assertThat(vm.loader().loadingProperty().get()).isFalse();
  }

  private static List<String> ids(List<RecordingRow> rows) {
    return rows.stream().map(RecordingRow::id).toList();
  }
}
