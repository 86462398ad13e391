package io.recordingrescue.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.auth.AuthSettings;
import io.recordingrescue.auth.ScopeSet;
import io.recordingrescue.ui.Fakes;
import io.recordingrescue.ui.Messages;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {
  private static final String SECRET = "s3cret-value-42";
  private final Messages m = Fakes.messages();
  private final Sink sink = new Sink(AuthSettings.webexDefaults().withClient("client-1", SECRET));

  @Test
  void theSavedSecretIsNeverPutBackOnScreen() {
    SettingsViewModel vm = new SettingsViewModel(sink, m);
    assertThat(vm.secretSavedProperty().get()).isTrue();
    assertThat(vm.changingSecretProperty().get()).isFalse();
    assertThat(vm.newSecretProperty().get()).isEmpty();
    vm.changeSecret();
    assertThat(vm.changingSecretProperty().get()).isTrue();
    assertThat(vm.newSecretProperty().get()).isEmpty();
  }

  @Test
  void anEmptyNewSecretKeepsTheSavedOneAndANewOneReplacesIt() {
    SettingsViewModel vm = new SettingsViewModel(sink, m);
    vm.changeSecret();
    assertThat(vm.save()).map(AuthSettings::clientSecret).contains(SECRET);

    vm.changeSecret();
    vm.newSecretProperty().set("  another-secret ");
    Optional<AuthSettings> saved = vm.save();
    assertThat(saved).map(AuthSettings::clientSecret).contains("another-secret");
    assertThat(sink.saved).hasSize(2);
    assertThat(vm.newSecretProperty().get()).isEmpty();
    assertThat(vm.changingSecretProperty().get()).isFalse();
  }

  @Test
  void aClientIdNeedsASecret() {
    Sink empty = new Sink(AuthSettings.webexDefaults());
    SettingsViewModel vm = new SettingsViewModel(empty, m);
    assertThat(vm.changingSecretProperty().get()).isTrue();
    assertThat(vm.validProperty().get()).isTrue();
    vm.clientIdProperty().set("client-2");
    assertThat(vm.secretErrorProperty().get()).startsWith("Client secret is needed");
    assertThat(vm.validProperty().get()).isFalse();
    assertThat(vm.save()).isEmpty();
    assertThat(empty.saved).isEmpty();
    vm.newSecretProperty().set("x");
    assertThat(vm.validProperty().get()).isTrue();
    assertThat(vm.save()).map(AuthSettings::hasIntegration).contains(true);
  }

  @Test
  void portMustBeANumberInRangeAndTheMessageNamesTheField() {
    SettingsViewModel vm = new SettingsViewModel(sink, m);
    for (String bad : List.of("abc", "0", "70000", "")) {
      vm.redirectPortProperty().set(bad);
      assertThat(vm.portErrorProperty().get()).startsWith("Redirect port must be a number");
      assertThat(vm.firstErrorProperty().get()).startsWith("Redirect port");
      assertThat(vm.validProperty().get()).isFalse();
    }
    vm.redirectPortProperty().set(" 9123 ");
    assertThat(vm.portErrorProperty().get()).isEmpty();
    assertThat(vm.save()).map(AuthSettings::redirectPort).contains(9123);
  }

  @Test
  void apiUrlMustBeHttpsUnlessItIsThisComputer() {
    assertThat(SettingsViewModel.apiUrlProblem("https://webexapis.com/v1", m)).isEmpty();
    assertThat(SettingsViewModel.apiUrlProblem("http://127.0.0.1:8080/v1", m)).isEmpty();
    assertThat(SettingsViewModel.apiUrlProblem("http://localhost:8080/v1", m)).isEmpty();
    assertThat(SettingsViewModel.apiUrlProblem("http://webexapis.com/v1", m))
        .hasValueSatisfying(s -> assertThat(s).startsWith("API base URL must start with https://"));
    assertThat(SettingsViewModel.apiUrlProblem("ftp://example.com", m))
        .hasValueSatisfying(s -> assertThat(s).startsWith("API base URL is not a valid"));
    assertThat(SettingsViewModel.apiUrlProblem("not a url", m)).isPresent();
    assertThat(SettingsViewModel.apiUrlProblem(" ", m))
        .hasValueSatisfying(s -> assertThat(s).startsWith("API base URL is missing"));
    assertThat(SettingsViewModel.clientIdProblem("a b", m))
        .hasValueSatisfying(s -> assertThat(s).startsWith("Client ID"));
  }

  @Test
  void noMessageEverQuotesTheSecret() {
    SettingsViewModel vm = new SettingsViewModel(sink, m);
    vm.changeSecret();
    vm.newSecretProperty().set(SECRET);
    vm.apiBaseUrlProperty().set("http://example.com/" + SECRET);
    vm.redirectPortProperty().set("x");
    vm.clientIdProperty().set("id with space");
    sink.failWith = new IllegalStateException("disk full");
    vm.save();
    Stream.of(
            vm.clientIdErrorProperty().get(),
            vm.secretErrorProperty().get(),
            vm.portErrorProperty().get(),
            vm.firstErrorProperty().get(),
            vm.saveErrorProperty().get())
        .forEach(s -> assertThat(s).doesNotContain(SECRET));
  }

  @Test
  void savingANewApiBaseMovesTheSignInEndpointsWithIt() {
    SettingsViewModel vm = new SettingsViewModel(sink, m);
    vm.scopeSetProperty().set(ScopeSet.ADMIN);
    assertThat(vm.save())
        .hasValueSatisfying(
            s -> {
              assertThat(s.authorizeUrl()).isEqualTo(AuthSettings.WEBEX_AUTHORIZE_URL);
              assertThat(s.scopeSet()).isEqualTo(ScopeSet.ADMIN);
            });
    vm.apiBaseUrlProperty().set("https://api.example.org/v1/");
    AuthSettings moved = vm.save().orElseThrow();
    assertThat(moved.apiBaseUrl()).isEqualTo(URI.create("https://api.example.org/v1"));
    assertThat(moved.authorizeUrl()).isEqualTo(URI.create("https://api.example.org/v1/authorize"));
    assertThat(moved.tokenUrl()).isEqualTo(URI.create("https://api.example.org/v1/access_token"));
  }

  @Test
  void aFailedSaveSaysSoAndKeepsTheDialogOpen() {
    sink.failWith = new IllegalStateException("Could not save settings to /x/config.properties");
    SettingsViewModel vm = new SettingsViewModel(sink, m);
    assertThat(vm.save()).isEmpty();
    assertThat(vm.saveErrorProperty().get())
        .isEqualTo("Settings were not saved: Could not save settings to /x/config.properties");
    sink.failWith = null;
    assertThat(vm.save()).isPresent();
    assertThat(vm.saveErrorProperty().get()).isEmpty();
  }

  static final class Sink implements SettingsSink {
    AuthSettings current;
    RuntimeException failWith;
    final List<AuthSettings> saved = new ArrayList<>();

    Sink(AuthSettings current) {
      this.current = current;
    }

    @Override
    public AuthSettings current() {
      return current;
    }

    @Override
    public void save(AuthSettings settings) {
      if (failWith != null) {
        throw failWith;
      }
      saved.add(settings);
      current = settings;
    }

    @Override
    public String whereSaved() {
      return "memory";
    }
  }
}
