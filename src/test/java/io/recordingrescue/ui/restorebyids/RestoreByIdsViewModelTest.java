package io.recordingrescue.ui.restorebyids;

import static io.recordingrescue.ui.Fakes.rec;
import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.IdHint;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.ui.Fakes;
import io.recordingrescue.ui.LoadedBinTest;
import io.recordingrescue.ui.recyclebin.BinRestorer;
import io.recordingrescue.webex.Recording;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestoreByIdsViewModelTest extends LoadedBinTest {
  private RestoreByIdsViewModel vm;

  @BeforeEach
  void setUp() {
    IntStream.range(0, 150).forEach(i -> bin.recordings.add(rec("r" + i, "a@x.com", 1000)));
    bin.pageSize = 100;
    loadBin();
    vm =
        new RestoreByIdsViewModel(
            binVm.state(), new BinRestorer(dialogs, jobs, Fakes.messages()), Fakes.messages());
  }

  @Test
  void unknownIdsAreListedAndOnlyKnownOnesRestored() {
    vm.pastedProperty().set(" r1\nnope-1, r2\n\nr1\nnope-2 ");
    assertThat(vm.unknownIds()).containsExactly("nope-1", "nope-2");
    assertThat(vm.unknownIdsProperty().get()).isEqualTo("nope-1\nnope-2");
    assertThat(vm.analysisProperty().get())
        .contains("4 distinct ids: 2 in the bin")
        .contains("2 not in the loaded bin")
        .contains("1 duplicates dropped");
    assertThat(vm.canRestoreProperty().get()).isTrue();
    Recording r1 = binVm.state().byId().get("r1").recording();
    Recording r2 = binVm.state().byId().get("r2").recording();
    vm.restore();
    // The loaded rows' createTime and owner go with the job, so it checks only there.
    assertThat(runner.targets)
        .containsExactly(
            new RestoreTarget.ByIds(
                List.of("r1", "r2"),
                Map.of(
                    "r1", new IdHint(r1.createTime(), r1.ownerEmail()),
                    "r2", new IdHint(r2.createTime(), r2.ownerEmail()))));
    assertThat(binVm.state().byId()).doesNotContainKeys("r1", "r2");
  }

  @Test
  void moreThanOneHundredIdsAreAcceptedAndSaidToGoInBatches() {
    vm.pastedProperty()
        .set(IntStream.range(0, 120).mapToObj(i -> "r" + i).collect(Collectors.joining("\n")));
    assertThat(vm.knownRows()).hasSize(120);
    assertThat(vm.analysisProperty().get()).contains("2 batches of at most 100");
  }

  @Test
  void nothingKnownMeansNothingToRestore() {
    vm.pastedProperty().set("x\ny");
    assertThat(vm.canRestoreProperty().get()).isFalse();
    vm.restore();
    assertThat(runner.targets).isEmpty();
    vm.pastedProperty().set("  \n ");
    assertThat(vm.analysisProperty().get()).isEqualTo("No ids yet.");
  }
}
