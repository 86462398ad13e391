package io.recordingrescue.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.auth.SignInState;
import io.recordingrescue.ui.Fakes;
import io.recordingrescue.ui.UserContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountViewModelTest {
  private final List<String> calls = new ArrayList<>();

  private AccountViewModel vm(boolean admin) {
    return new AccountViewModel(
        new UserContext("Ada Admin", "ada@example.com", admin),
        false,
        Fakes.messages(),
        () -> calls.add("signOut"),
        () -> calls.add("signInAgain"));
  }

  @Test
  void showsNameEmailAndAdminRole() {
    assertThat(vm(true).whoAmI())
        .isEqualTo("Signed in as Ada Admin <ada@example.com> (administrator)");
    assertThat(vm(false).whoAmI()).isEqualTo("Signed in as Ada Admin <ada@example.com>");
  }

  @Test
  void anExpiredSessionRaisesTheBannerUntilSignedInAgain() {
    AccountViewModel vm = vm(false);
    assertThat(vm.sessionExpiredProperty().get()).isFalse();
    vm.signInStateChanged(SignInState.SIGN_IN_NEEDED, "Webex no longer accepts this access token.");
    assertThat(vm.sessionExpiredProperty().get()).isTrue();
    assertThat(vm.bannerTextProperty().get())
        .isEqualTo("Your session expired — sign in again; running jobs are kept.");
    vm.signInAgain();
    vm.signInStateChanged(SignInState.SIGNED_IN, "Signed in to Webex.");
    assertThat(vm.sessionExpiredProperty().get()).isFalse();
    vm.signOut();
    assertThat(calls).containsExactly("signInAgain", "signOut");
  }
}
