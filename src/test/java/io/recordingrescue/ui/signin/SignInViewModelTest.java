package io.recordingrescue.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.auth.ScopeSet;
import io.recordingrescue.auth.SignInException;
import io.recordingrescue.auth.SignInException.Reason;
import io.recordingrescue.ui.Fakes;
import io.recordingrescue.ui.Job;
import io.recordingrescue.ui.JobContext;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.webex.SignInRequiredException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The sign-in screen's rules, without a toolkit: a scripted gateway and a hand-run executor. */
class SignInViewModelTest {
  private final Messages m = Fakes.messages();
  private final FakeGateway gateway = new FakeGateway();
  private final QueuedUi ui = new QueuedUi();
  private final List<String> signedIn = new ArrayList<>();
  private int settingsOpened;

  private SignInViewModel<String> vm() {
    return new SignInViewModel<>(
        gateway,
        ui,
        m,
        signedIn::add,
        () -> {
          settingsOpened++;
          gateway.configured = true;
        });
  }

  @Test
  void browserSignInIsOffWithAHintUntilSettingsNameAClient() {
    gateway.configured = false;
    SignInViewModel<String> vm = vm();
    assertThat(vm.browserConfiguredProperty().get()).isFalse();
    assertThat(vm.canUseBrowserProperty().get()).isFalse();
    vm.signInWithBrowser();
    assertThat(ui.pending).isEmpty();
    assertThat(vm.integrationHintProperty().get())
        .contains("not set up on this computer")
        .contains("personal access token")
        .contains("ask IT for the client id and secret")
        .contains("redirect URI http://localhost:8765/callback")
        .contains("spark:recordings_read, spark:recordings_write, spark:people_read")
        .contains("enter its client id and secret in Settings")
        .doesNotContain("{0}")
        .doesNotContain("!signin");

    vm.openSettings();
    assertThat(settingsOpened).isEqualTo(1);
    assertThat(vm.canUseBrowserProperty().get()).isTrue();
    assertThat(vm.integrationHintProperty().get()).isEmpty();
  }

  @Test
  void browserSignInWaitsWithCancelThenHandsOverTheSession() {
    SignInViewModel<String> vm = vm();
    gateway.browserResult = "session-admin";
    vm.signInWithBrowser();
    assertThat(vm.phaseProperty().get()).isEqualTo(SignInViewModel.Phase.WAITING_FOR_BROWSER);
    assertThat(vm.statusProperty().get()).startsWith("Waiting for the browser");
    assertThat(vm.canUseBrowserProperty().get()).isFalse();
    assertThat(vm.canUseTokenProperty().get()).isFalse();
    assertThat(signedIn).isEmpty();

    ui.runNext();
    assertThat(signedIn).containsExactly("session-admin");
    assertThat(vm.phaseProperty().get()).isEqualTo(SignInViewModel.Phase.IDLE);
    assertThat(vm.errorProperty().get()).isEmpty();
    assertThat(vm.statusProperty().get()).isEmpty();
  }

  @Test
  void cancelBeforeTheBrowserOpensNeverListensAndSaysSoWithoutAnError() {
    SignInViewModel<String> vm = vm();
    vm.signInWithBrowser();
    vm.cancel();
    ui.runNext();
    assertThat(gateway.lastPending).isNull();
    assertThat(signedIn).isEmpty();
    assertThat(vm.errorProperty().get()).isEmpty();
    assertThat(vm.statusProperty().get()).isEqualTo("Sign-in cancelled.");
    assertThat(vm.canUseBrowserProperty().get()).isTrue();
  }

  @Test
  void cancelAfterTheBrowserOpenedCancelsThePendingSignIn() {
    SignInViewModel<String> vm = vm();
    gateway.cancelDuringAwait = vm::cancel;
    vm.signInWithBrowser();
    ui.runNext();
    assertThat(gateway.lastPending.cancelled).isTrue();
    assertThat(vm.statusProperty().get()).isEqualTo("Sign-in cancelled.");
  }

  @Test
  void browserFailuresAreShownInPlainWords() {
    assertThat(failureShown(new SignInException(Reason.ACCESS_DENIED, "access_denied")))
        .contains("You chose Deny");
    assertThat(failureShown(new SignInException(Reason.STATE_MISMATCH, "x")))
        .contains("did not belong to this sign-in");
    assertThat(
            failureShown(
                new SignInException(
                    Reason.PORT_IN_USE,
                    "Port 8765 is in use; close the other program or change the redirect port")))
        .contains("Port 8765 is in use");
    assertThat(
            failureShown(
                new SignInException(Reason.TIMED_OUT, "Sign-in timed out: no answer came …")))
        .startsWith("Sign-in timed out");
  }

  private String failureShown(RuntimeException failure) {
    FakeGateway g = new FakeGateway();
    g.browserFailure = failure;
    QueuedUi q = new QueuedUi();
    SignInViewModel<String> vm = new SignInViewModel<>(g, q, m, signedIn::add, () -> {});
    vm.signInWithBrowser();
    q.runNext();
    assertThat(signedIn).isEmpty();
    assertThat(vm.phaseProperty().get()).isEqualTo(SignInViewModel.Phase.IDLE);
    return vm.errorProperty().get();
  }

  @Test
  void aPortThatIsTakenFailsAtStartAndTheButtonWorksAgain() {
    gateway.startFailure = new SignInException(Reason.PORT_IN_USE, "Port 8765 is in use; …");
    SignInViewModel<String> vm = vm();
    vm.signInWithBrowser();
    ui.runNext();
    assertThat(vm.errorProperty().get()).startsWith("Port 8765 is in use");
    assertThat(vm.canUseBrowserProperty().get()).isTrue();
  }

  @Test
  void aTokenIsCheckedFirstABadOneGivesAClearErrorAndIsNotUsed() {
    SignInViewModel<String> vm = vm();
    assertThat(vm.canUseTokenProperty().get()).isFalse();
    vm.tokenProperty().set("   ");
    assertThat(vm.canUseTokenProperty().get()).isFalse();

    vm.tokenProperty().set("  wrong-token ");
    assertThat(vm.canUseTokenProperty().get()).isTrue();
    vm.signInWithToken();
    assertThat(vm.phaseProperty().get()).isEqualTo(SignInViewModel.Phase.CHECKING);
    ui.runNext();
    assertThat(gateway.tokensTried).containsExactly("wrong-token/false");
    assertThat(signedIn).isEmpty();
    assertThat(vm.errorProperty().get()).startsWith("Webex did not accept this token");
    assertThat(vm.errorProperty().get()).doesNotContain("wrong-token");
    assertThat(vm.tokenProperty().get()).isEqualTo("  wrong-token ");
  }

  @Test
  void aGoodTokenSignsInWithTheKeepChoiceAndLeavesTheField() {
    SignInViewModel<String> vm = vm();
    vm.tokenProperty().set("good-token");
    vm.keepSignedInProperty().set(true);
    vm.signInWithToken();
    ui.runNext();
    assertThat(gateway.tokensTried).containsExactly("good-token/true");
    assertThat(signedIn).containsExactly("session-good-token");
    assertThat(vm.tokenProperty().get()).isEmpty();
  }

  @Test
  void aSavedSignInIsUsedAtStartOtherwiseTheScreenWaits() {
    gateway.saved = Optional.of("session-saved");
    SignInViewModel<String> vm = vm();
    vm.restoreSaved();
    assertThat(vm.phaseProperty().get()).isEqualTo(SignInViewModel.Phase.CHECKING_SAVED);
    ui.runNext();
    assertThat(signedIn).containsExactly("session-saved");

    FakeGateway none = new FakeGateway();
    QueuedUi q = new QueuedUi();
    SignInViewModel<String> empty = new SignInViewModel<>(none, q, m, signedIn::add, () -> {});
    empty.restoreSaved();
    q.runNext();
    assertThat(signedIn).containsExactly("session-saved");
    assertThat(empty.errorProperty().get()).isEmpty();
    assertThat(empty.busyProperty().get()).isFalse();
  }

  @Test
  void theSavedSignInCheckIsShownAtOnceButStartsOnlyWhenAskedTo() {
    gateway.saved = Optional.of("session-saved");
    SignInViewModel<String> vm = vm();

    Runnable check = vm.restoreSavedLater();

    assertThat(vm.phaseProperty().get()).isEqualTo(SignInViewModel.Phase.CHECKING_SAVED);
    assertThat(vm.statusProperty().get()).isEqualTo("Looking for your saved sign-in…");
    assertThat(vm.canUseTokenProperty().get()).isFalse();
    assertThat(ui.pending).as("nothing submitted before the first frame").isEmpty();
    check.run();
    assertThat(ui.pending).hasSize(1);
    ui.runNext();
    assertThat(signedIn).containsExactly("session-saved");
  }

  @Test
  void whileTheSandboxStartsEveryWayInIsOffThenTheRunningSandboxIsShown() {
    List<String> steps = new ArrayList<>();
    SignInViewModel<String> vm = vm();
    vm.tokenProperty().set("pasted");

    Runnable start = vm.startSandboxLater(() -> steps.add("started"), () -> steps.add("shown"));

    assertThat(vm.phaseProperty().get()).isEqualTo(SignInViewModel.Phase.STARTING);
    assertThat(vm.statusProperty().get()).isEqualTo("Starting the sandbox with sample data…");
    assertThat(vm.busyProperty().get()).isTrue();
    assertThat(vm.canUseTokenProperty().get()).isFalse();
    assertThat(vm.canUseBrowserProperty().get()).isFalse();
    assertThat(ui.pending).isEmpty();
    start.run();
    assertThat(steps).isEmpty();
    ui.runNext();
    assertThat(steps).containsExactly("started", "shown");
    assertThat(vm.busyProperty().get()).isFalse();
  }

  @Test
  void aSandboxThatCannotStartIsReportedAndEveryWayInStaysOff() {
    List<String> steps = new ArrayList<>();
    SignInViewModel<String> vm = vm();
    vm.tokenProperty().set("pasted");

    vm.startSandboxLater(
            () -> {
              throw new java.io.UncheckedIOException(
                  "Could not start the sandbox on 127.0.0.1 port 0",
                  new java.net.BindException("Address already in use"));
            },
            () -> steps.add("shown"))
        .run();
    ui.runNext();

    assertThat(steps).as("the screen of a running sandbox is never shown").isEmpty();
    assertThat(vm.phaseProperty().get()).isEqualTo(SignInViewModel.Phase.UNAVAILABLE);
    assertThat(vm.errorProperty().get())
        .startsWith("The sandbox with sample data could not start (")
        .endsWith("Close Recording Rescue and start it again.");
    assertThat(vm.statusProperty().get()).isEmpty();
    assertThat(vm.canUseTokenProperty().get()).isFalse();
    assertThat(vm.canUseBrowserProperty().get()).isFalse();
    vm.signInWithToken();
    vm.continueAsSandbox(true);
    assertThat(ui.pending).as("nothing can be started").isEmpty();
  }

  @Test
  void anExpiredSavedSignInSaysSo() {
    gateway.restoreFailure = SignInRequiredException.notSignedIn("expired");
    SignInViewModel<String> vm = vm();
    vm.restoreSaved();
    ui.runNext();
    assertThat(vm.errorProperty().get())
        .isEqualTo("Your saved sign-in has expired. Sign in again.");
  }

  @Test
  void aStartupProblemIsShownAtOnce() {
    gateway.startupProblem = Optional.of("Setting webex.redirectPort must be a port number");
    assertThat(vm().errorProperty().get()).contains("webex.redirectPort");
  }

  @Test
  void sandboxModeOffersTheDemoIdentitiesAndItsTokenHint() {
    SignInViewModel<String> plain = vm();
    assertThat(plain.sandbox()).isFalse();
    assertThat(plain.tokenHint()).contains("personal access token");
    plain.continueAsSandbox(true);
    assertThat(ui.pending).isEmpty();

    gateway.demo = true;
    SignInViewModel<String> vm = vm();
    assertThat(vm.sandbox()).isTrue();
    assertThat(vm.tokenHint()).isEqualTo("admin tA · user tU");
    vm.continueAsSandbox(false);
    ui.runNext();
    vm.continueAsSandbox(true);
    ui.runNext();
    assertThat(signedIn).containsExactly("sandbox-user", "sandbox-admin");
  }

  @Test
  void theHintNamesTheRedirectUriAndScopesOfTheSettingsInEffect() {
    gateway.configured = false;
    gateway.needs =
        new SignInGateway.IntegrationNeeds("http://localhost:9123/callback", ScopeSet.ADMIN);
    assertThat(vm().integrationHintProperty().get())
        .contains("http://localhost:9123/callback")
        .contains("spark-admin:recordings_read");
  }

  @Test
  void onWebexTheScreenSaysNothingAboutTheSandbox() {
    SignInViewModel<String> vm = vm();
    assertThat(vm.sandbox()).isFalse();
    assertThat(vm.sandboxNotice()).isEmpty();
    assertThat(vm.windowTitle()).isEqualTo("Recording Rescue");
  }

  @Test
  void onTheSandboxTitleAndBannerSayNothingIsReal() {
    gateway.demo = true;
    SignInViewModel<String> vm = vm();
    assertThat(vm.sandboxNotice()).isEqualTo("Sandbox — sample data, nothing here is real");
    assertThat(vm.windowTitle())
        .isEqualTo("Recording Rescue — Sandbox — sample data, nothing here is real");
  }

  @Test
  void trySampleDataStartsTheSandboxInTheBackgroundThenShowsIt() {
    FakeSwitch sample = new FakeSwitch();
    SignInViewModel<String> vm = withSampleData(sample);
    assertThat(vm.sampleDataOffered()).isTrue();

    vm.trySampleData();
    assertThat(vm.phaseProperty().get()).isEqualTo(SignInViewModel.Phase.CHECKING);
    assertThat(vm.statusProperty().get()).isEqualTo("Starting the sandbox with sample data…");
    assertThat(sample.calls).as("nothing runs on the calling (UI) thread").isEmpty();
    vm.trySampleData();
    assertThat(ui.pending).as("a second click while starting does nothing").hasSize(1);

    ui.runNext();
    assertThat(sample.calls).containsExactly("start", "show");
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(signedIn).as("switching is not signing in").isEmpty();
  }

  @Test
  void aSandboxThatCannotStartLeavesTheWebexScreenWithAPlainError() {
    FakeSwitch sample = new FakeSwitch();
    sample.failure = new IllegalStateException("No free port on 127.0.0.1");
    SignInViewModel<String> vm = withSampleData(sample);
    vm.trySampleData();
    ui.runNext();
    assertThat(sample.calls).containsExactly("start");
    assertThat(vm.errorProperty().get())
        .startsWith("The sandbox with sample data could not start")
        .contains("--sandbox");
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(vm.canUseBrowserProperty().get()).isTrue();
  }

  @Test
  void sampleDataIsNotOfferedOnTheSandboxNorWithoutASwitchNorWhileBusy() {
    SignInViewModel<String> without = vm();
    assertThat(without.sampleDataOffered()).isFalse();
    without.trySampleData();
    assertThat(ui.pending).isEmpty();

    gateway.demo = true;
    FakeSwitch sample = new FakeSwitch();
    SignInViewModel<String> onSandbox = withSampleData(sample);
    assertThat(onSandbox.sampleDataOffered()).isFalse();
    onSandbox.trySampleData();
    assertThat(ui.pending).isEmpty();

    gateway.demo = false;
    SignInViewModel<String> busy = withSampleData(sample);
    busy.signInWithBrowser();
    busy.trySampleData();
    assertThat(ui.pending).hasSize(1);
    ui.runNext();
    assertThat(sample.calls).isEmpty();
  }

  private SignInViewModel<String> withSampleData(SampleDataSwitch sample) {
    return new SignInViewModel<>(gateway, ui, m, signedIn::add, () -> {}, sample);
  }

  // ---- doubles ----

  static final class FakeSwitch implements SampleDataSwitch {
    final List<String> calls = new ArrayList<>();
    RuntimeException failure;

    @Override
    public void startSandbox() {
      calls.add("start");
      if (failure != null) {
        throw failure;
      }
    }

    @Override
    public void showSandbox() {
      calls.add("show");
    }
  }

  /** Holds submitted jobs until the test runs them, as the app's executor would later. */
  static final class QueuedUi implements UiExecutor {
    final Deque<Runnable> pending = new ArrayDeque<>();

    @Override
    public void onUi(Runnable action) {
      action.run();
    }

    @Override
    public void onUiAfter(java.time.Duration delay, Runnable action) {
      action.run();
    }

    @Override
    public <T> void submit(
        Job<T> job, Consumer<? super T> onDone, Consumer<? super Throwable> onError) {
      pending.add(
          () -> {
            T result;
            try {
              result = job.run(JobContext.NONE);
            } catch (Exception e) {
              onError.accept(e);
              return;
            }
            onDone.accept(result);
          });
    }

    void runNext() {
      pending.removeFirst().run();
    }
  }

  static final class FakeGateway implements SignInGateway<String> {
    boolean configured = true;
    boolean demo;
    Optional<String> startupProblem = Optional.empty();
    IntegrationNeeds needs;
    Optional<String> saved = Optional.empty();
    RuntimeException restoreFailure;
    RuntimeException startFailure;
    RuntimeException browserFailure;
    String browserResult = "session";
    Runnable cancelDuringAwait;
    FakePending lastPending;
    final List<String> tokensTried = new ArrayList<>();

    @Override
    public boolean browserSignInConfigured() {
      return configured;
    }

    @Override
    public Optional<String> startupProblem() {
      return startupProblem;
    }

    @Override
    public IntegrationNeeds integrationNeeds() {
      return needs == null ? SignInGateway.super.integrationNeeds() : needs;
    }

    @Override
    public Optional<String> restoreSaved() {
      if (restoreFailure != null) {
        throw restoreFailure;
      }
      return saved;
    }

    @Override
    public PendingSignIn<String> startBrowserSignIn() {
      if (startFailure != null) {
        throw startFailure;
      }
      lastPending = new FakePending(this);
      return lastPending;
    }

    @Override
    public String signInWithToken(String token, boolean keep) {
      tokensTried.add(token + "/" + keep);
      if (!token.startsWith("good")) {
        throw SignInRequiredException.notSignedIn("rejected");
      }
      return "session-" + token;
    }

    @Override
    public Optional<SandboxDemo<String>> sandboxDemo() {
      if (!demo) {
        return Optional.empty();
      }
      return Optional.of(
          new SandboxDemo<>() {
            @Override
            public String tokenHint() {
              return "admin tA · user tU";
            }

            @Override
            public String continueAs(boolean admin) {
              return admin ? "sandbox-admin" : "sandbox-user";
            }
          });
    }
  }

  static final class FakePending implements PendingSignIn<String> {
    private final FakeGateway gateway;
    volatile boolean cancelled;

    FakePending(FakeGateway gateway) {
      this.gateway = gateway;
    }

    @Override
    public String await() {
      if (gateway.cancelDuringAwait != null) {
        gateway.cancelDuringAwait.run();
      }
      if (cancelled) {
        throw new SignInException(Reason.CANCELLED, "Sign-in was cancelled.");
      }
      if (gateway.browserFailure != null) {
        throw gateway.browserFailure;
      }
      return gateway.browserResult;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }
}
