package io.recordingrescue.ui.restoreall;

import static io.recordingrescue.ui.Fakes.NOW;
import static io.recordingrescue.ui.Fakes.rec;
import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.ui.Fakes;
import io.recordingrescue.ui.LoadedBinTest;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.UserContext;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.ListScope;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestoreAllViewModelTest extends LoadedBinTest {
  @BeforeEach
  void setUp() {
    bin.recordings.add(
        rec(
            "all-1",
            "Old",
            "ann@x.com",
            "user",
            "calling",
            1_000_000L,
            NOW.minus(Duration.ofDays(90))));
    bin.recordings.add(
        rec(
            "all-2",
            "New",
            "ann@x.com",
            "user",
            "calling",
            2_000_000L,
            NOW.minus(Duration.ofDays(1))));
    bin.recordings.add(rec("other", "Other", "bob@x.com", "user", "calling", 5L, NOW));
    bin.byScope =
        scope ->
            scope instanceof ListScope.Owner o
                ? bin.recordings.stream()
                    .filter(r -> r.ownerEmail().equals(o.email().value()))
                    .toList()
                : List.copyOf(bin.recordings);
    loadBin();
  }

  private RestoreAllViewModel vm(boolean admin) {
    return new RestoreAllViewModel(
        bin,
        UiExecutor.inline(),
        dialogs,
        jobs,
        binVm.state(),
        Fakes.messages(),
        new UserContext("Op", "op@x.com", admin));
  }

  /** The administrator's dialog with {@code email} typed and previewed. */
  private RestoreAllViewModel previewed(String email) {
    RestoreAllViewModel vm = vm(true);
    vm.ownerEmailProperty().set(email);
    vm.preview();
    return vm;
  }

  @Test
  void emailIsValidatedLiveAndPreviewNeedsAValidOne() {
    RestoreAllViewModel vm = vm(true);
    assertThat(vm.validationMessageProperty().get()).contains("Type the owner");
    assertThat(vm.canPreviewProperty().get()).isFalse();
    vm.ownerEmailProperty().set("ann@");
    assertThat(vm.emailValidProperty().get()).isFalse();
    assertThat(vm.validationMessageProperty().get()).contains("\"ann@\" is not a valid");
    vm.preview();
    assertThat(bin.scans).hasSize(1); // Only the initial bin load.
    vm.ownerEmailProperty().set("Ann@X.com");
    assertThat(vm.emailValidProperty().get()).isTrue();
    assertThat(vm.canPreviewProperty().get()).isTrue();
  }

  @Test
  void previewShowsCountSizeOldestAndNewestOfThatOwner() {
    RestoreAllViewModel vm = previewed("ann@x.com");
    assertThat(bin.scans.get(1)).isEqualTo(ListScope.owner(EmailAddress.parse("ann@x.com")));
    assertThat(vm.previewProperty().get().count()).isEqualTo(2);
    assertThat(vm.previewTextProperty().get())
        .contains("ann@x.com has 2 recordings")
        .contains("3.0 MB")
        .contains("from 2025-12-01 12:00 to 2026-02-28 12:00");
    assertThat(vm.canRestoreProperty().get()).isTrue();
  }

  @Test
  void anOwnerWithNothingInTheBinCannotBeRestored() {
    RestoreAllViewModel vm = previewed("nobody@x.com");
    assertThat(vm.previewTextProperty().get()).contains("nobody@x.com has nothing");
    assertThat(vm.canRestoreProperty().get()).isFalse();
  }

  @Test
  void changingTheEmailAfterPreviewDropsThePreview() {
    RestoreAllViewModel vm = previewed("ann@x.com");
    vm.ownerEmailProperty().set("bob@x.com");
    assertThat(vm.previewProperty().get()).isNull();
    assertThat(vm.canRestoreProperty().get()).isFalse();
  }

  @Test
  void confirmationRepeatsTheEmailThenOneRestoreAllAndTheResult() {
    RestoreAllViewModel vm = previewed("ann@x.com");
    vm.restore();
    assertThat(dialogs.confirmations)
        .singleElement()
        .asString()
        .contains("recycle bin of ann@x.com")
        .contains("2 recordings (3.0 MB) of ann@x.com");
    assertThat(runner.targets)
        .containsExactly(new RestoreTarget.AllForOwner(EmailAddress.parse("ann@x.com")));
    assertThat(vm.resultTextProperty().get()).startsWith("2 of 2 recordings left the bin");
    assertThat(binVm.state().byId()).containsOnlyKeys("other");
    assertThat(vm.busyProperty().get()).isFalse();
  }

  @Test
  void aPausedRestoreAllSaysWhatHappenedInsteadOfACount() {
    runner.pauseForSignIn = true;
    RestoreAllViewModel vm = previewed("ann@x.com");
    vm.restore();
    assertThat(vm.resultTextProperty().get())
        .doesNotContain("-1")
        .doesNotContain("left the bin")
        .isNotBlank();
    assertThat(binVm.state().byId()).containsKeys("all-1", "all-2");
  }

  @Test
  void declinedConfirmationRestoresNothing() {
    RestoreAllViewModel vm = previewed("ann@x.com");
    dialogs.answer = false;
    vm.restore();
    assertThat(runner.targets).isEmpty();
  }

  @Test
  void asUserItRestoresAllMineWithoutAnEmail() {
    RestoreAllViewModel vm = vm(false);
    assertThat(vm.emailValidProperty().get()).isTrue();
    vm.preview();
    assertThat(bin.scans.get(1)).isEqualTo(ListScope.mine());
    vm.restore();
    assertThat(runner.targets).containsExactly(new RestoreTarget.AllMine());
  }
}
