package io.recordingrescue.ui.signin;

import io.recordingrescue.auth.SignInException;
import io.recordingrescue.ui.ErrorMessages;
import io.recordingrescue.ui.Job;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.ModeNotice;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.webex.SignInRequiredException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The sign-in screen's rules: which ways in are open, what is running, and what went wrong in plain
 * words. All work goes through {@link UiExecutor}, so nothing here blocks the FX thread and the
 * rules are tested without a toolkit.
 */
public final class SignInViewModel<S> {

  /** What the screen is doing. */
  public enum Phase {
    /** Sandbox mode: the sandbox is still starting, so there is nothing to sign in to yet. */
    STARTING,
    /** Sandbox mode: the sandbox could not start; the error says why and every way in is off. */
    UNAVAILABLE,
    /** Looking for a saved sign-in. */
    CHECKING_SAVED,
    /** Waiting for the operator's choice. */
    IDLE,
    /** The browser is open; waiting for the answer (Cancel is offered). */
    WAITING_FOR_BROWSER,
    /** Checking a pasted token, or opening the session. */
    CHECKING
  }

  private final SignInGateway<S> gateway;
  private final UiExecutor ui;
  private final Messages m;
  private final Consumer<? super S> onSignedIn;
  private final Runnable settingsOpener;
  private final SampleDataSwitch sampleData;
  private final ModeNotice notice;

  private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.IDLE);
  private final StringProperty error = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty token = new SimpleStringProperty("");
  private final BooleanProperty keepSignedIn = new SimpleBooleanProperty(false);
  private final BooleanProperty browserConfigured = new SimpleBooleanProperty();
  private final StringProperty integrationHint = new SimpleStringProperty("");
  private final BooleanBinding busy = phase.isNotEqualTo(Phase.IDLE);
  private final BooleanBinding canUseBrowser = busy.not().and(browserConfigured);
  private final BooleanBinding canUseToken =
      busy.not().and(Bindings.createBooleanBinding(() -> !token.get().isBlank(), token));
  private final AtomicReference<Job<S>> browserJob = new AtomicReference<>();

  /**
   * @param onSignedIn called on the UI thread with the session once a way in succeeded
   * @param settingsOpener shows the Settings dialog and returns when it is closed
   */
  public SignInViewModel(
      SignInGateway<S> gateway,
      UiExecutor ui,
      Messages messages,
      Consumer<? super S> onSignedIn,
      Runnable settingsOpener) {
    this(gateway, ui, messages, onSignedIn, settingsOpener, null);
  }

  /**
   * @param sampleData the switch behind "Try it with sample data"; null where the screen must not
   *     offer it (signing in again over a running window)
   */
  public SignInViewModel(
      SignInGateway<S> gateway,
      UiExecutor ui,
      Messages messages,
      Consumer<? super S> onSignedIn,
      Runnable settingsOpener,
      SampleDataSwitch sampleData) {
    this.gateway = Objects.requireNonNull(gateway);
    this.ui = Objects.requireNonNull(ui);
    this.m = Objects.requireNonNull(messages);
    this.onSignedIn = Objects.requireNonNull(onSignedIn);
    this.settingsOpener = Objects.requireNonNull(settingsOpener);
    this.notice = new ModeNotice(messages, gateway.sandboxDemo().isPresent());
    this.sampleData = notice.sandbox() ? null : sampleData;
    followSettings();
    gateway.startupProblem().ifPresent(error::set);
  }

  // ---- state for the view ----

  public ReadOnlyObjectProperty<Phase> phaseProperty() {
    return phase;
  }

  /** Empty, or what went wrong and what to do next. */
  public ReadOnlyStringProperty errorProperty() {
    return error;
  }

  /** A short line about what is running, e.g. "Waiting for the browser…". */
  public ReadOnlyStringProperty statusProperty() {
    return status;
  }

  /** The pasted personal access token (bound to a password field; never logged). */
  public StringProperty tokenProperty() {
    return token;
  }

  public BooleanProperty keepSignedInProperty() {
    return keepSignedIn;
  }

  /** False when no client id/secret is set: the button is off and a hint says why. */
  public ReadOnlyBooleanProperty browserConfiguredProperty() {
    return browserConfigured;
  }

  public BooleanBinding busyProperty() {
    return busy;
  }

  public BooleanBinding canUseBrowserProperty() {
    return canUseBrowser;
  }

  public BooleanBinding canUseTokenProperty() {
    return canUseToken;
  }

  /**
   * Empty when Sign in with Webex is set up; else that it is not, and how to set up an integration
   * (redirect URI and scopes of the settings in effect).
   */
  public ReadOnlyStringProperty integrationHintProperty() {
    return integrationHint;
  }

  public boolean sandbox() {
    return notice.sandbox();
  }

  /** The non-dismissable banner's text in sandbox mode; empty on Webex. */
  public String sandboxNotice() {
    return notice.bannerText();
  }

  /** The window title: says "Sandbox — sample data, nothing here is real" in sandbox mode. */
  public String windowTitle() {
    return notice.windowTitle();
  }

  /**
   * True on the Webex screen when this run may switch to the sandbox ("Try it with sample data").
   */
  public boolean sampleDataOffered() {
    return sampleData != null;
  }

  /**
   * The hint under the token field: where to get one (and the sandbox's tokens in sandbox mode).
   */
  public String tokenHint() {
    return gateway
        .sandboxDemo()
        .map(SignInGateway.SandboxDemo::tokenHint)
        .orElse(m.get("signin.token.hint"));
  }

  // ---- actions ----

  /** At start: uses a saved sign-in if one is still good, else waits for the operator. */
  public void restoreSaved() {
    restoreSavedLater().run();
  }

  /**
   * {@link #restoreSaved()} in two steps, so that the first frame is not kept waiting for the check
   * (the keychain, the HTTP client): the screen says "Looking for your saved sign-in…" at once,
   * with every way in off; the check starts when the returned action runs.
   */
  public Runnable restoreSavedLater() {
    begin(Phase.CHECKING_SAVED, m.get("signin.status.checkingSaved"));
    // One or two HTTP calls that cannot be cancelled half-way: the answer is used or dropped.
    return () ->
        Job.of(m.get("signin.status.checkingSaved"), context -> gateway.restoreSaved())
            .onSuccess(
                found -> {
                  if (found.isPresent()) {
                    succeed(found.get());
                  } else {
                    end("");
                  }
                })
            .onFailure(
                e ->
                    fail(
                        e instanceof SignInRequiredException
                            ? m.get("signin.error.savedExpired")
                            : describe(e)))
            .start(ui);
  }

  /**
   * Sandbox mode, while the sandbox is not running yet: the screen says "Starting the sandbox with
   * sample data…" at once, with every way in off. The returned action runs {@code start} in the
   * background; then {@code started} runs on the UI thread (it shows the screen of the running
   * sandbox). If the sandbox cannot start, the screen says why and every way in stays off.
   */
  public Runnable startSandboxLater(Runnable start, Runnable started) {
    Objects.requireNonNull(start);
    Objects.requireNonNull(started);
    begin(Phase.STARTING, m.get("signin.status.startingSandbox"));
    return () ->
        Job.of(
                m.get("signin.status.startingSandbox"),
                context -> {
                  start.run();
                  return Boolean.TRUE;
                })
            .onSuccess(
                ok -> {
                  end("");
                  started.run();
                })
            .onFailure(
                e -> {
                  phase.set(Phase.UNAVAILABLE);
                  status.set("");
                  error.set(m.format("signin.error.sandboxStartFailed", describe(e)));
                })
            .start(ui);
  }

  /** "Sign in with Webex": opens the browser and waits for its answer. */
  public void signInWithBrowser() {
    if (!canUseBrowser.get()) {
      return;
    }
    Job<S> job = browserJob();
    browserJob.set(job);
    begin(Phase.WAITING_FOR_BROWSER, m.get("signin.status.waiting"));
    job.onSuccess(
            session -> {
              browserJob.compareAndSet(job, null);
              succeed(session);
            })
        .onFailure(
            e -> {
              browserJob.compareAndSet(job, null);
              if (e instanceof SignInException s
                  && s.reason() == SignInException.Reason.CANCELLED) {
                end(m.get("signin.status.cancelled"));
              } else {
                fail(describe(e));
              }
            })
        .start(ui);
  }

  /** Cancel while waiting for the browser: frees the redirect port at once. */
  public void cancel() {
    Job<S> job = browserJob.get();
    if (job != null) {
      job.cancel();
    }
  }

  /** "Use this token": checked with Webex first; a bad one gives a plain error. */
  public void signInWithToken() {
    if (!canUseToken.get()) {
      return;
    }
    String pasted = token.get().trim();
    boolean keep = keepSignedIn.get();
    begin(Phase.CHECKING, m.get("signin.status.checkingToken"));
    Job.of(m.get("signin.status.checkingToken"), context -> gateway.signInWithToken(pasted, keep))
        .onSuccess(
            session -> {
              token.set("");
              succeed(session);
            })
        .onFailure(
            e ->
                fail(
                    e instanceof SignInRequiredException
                        ? m.get("signin.error.tokenRejected")
                        : describe(e)))
        .start(ui);
  }

  /** Sandbox mode only: signs in as the sandbox's admin or user without a browser. */
  public void continueAsSandbox(boolean admin) {
    Optional<SignInGateway.SandboxDemo<S>> demo = gateway.sandboxDemo();
    if (demo.isEmpty() || busy.get()) {
      return;
    }
    begin(Phase.CHECKING, m.get("signin.status.opening"));
    Job.of(m.get("signin.status.opening"), context -> demo.get().continueAs(admin))
        .onSuccess(this::succeed)
        .onFailure(e -> fail(describe(e)))
        .start(ui);
  }

  /**
   * "Try it with sample data": starts the embedded sandbox in the background, then shows its
   * sign-in screen. If it cannot start, the Webex screen stays and says why.
   */
  public void trySampleData() {
    if (sampleData == null || busy.get()) {
      return;
    }
    begin(Phase.CHECKING, m.get("signin.status.startingSandbox"));
    Job.of(
            m.get("signin.status.startingSandbox"),
            context -> {
              sampleData.startSandbox();
              return Boolean.TRUE;
            })
        .onSuccess(
            started -> {
              end("");
              sampleData.showSandbox();
            })
        .onFailure(e -> fail(m.format("signin.error.sandboxFailed", describe(e))))
        .start(ui);
  }

  /** Opens Settings; afterwards the browser button follows the new settings. */
  public void openSettings() {
    settingsOpener.run();
    followSettings();
  }

  private void followSettings() {
    boolean configured = gateway.browserSignInConfigured();
    browserConfigured.set(configured);
    if (configured) {
      integrationHint.set("");
    } else {
      SignInGateway.IntegrationNeeds needs = gateway.integrationNeeds();
      integrationHint.set(
          m.get("signin.hint.notConfigured")
              + "\n"
              + m.format(
                  "signin.hint.setUpIntegration",
                  needs.redirectUri(),
                  String.join(", ", needs.scopes().scopes())));
    }
  }

  // ---- helpers ----

  private void begin(Phase next, String line) {
    error.set("");
    status.set(line);
    phase.set(next);
  }

  private void succeed(S session) {
    phase.set(Phase.IDLE);
    status.set("");
    error.set("");
    onSignedIn.accept(session);
  }

  private void end(String line) {
    phase.set(Phase.IDLE);
    status.set(line);
  }

  private void fail(String message) {
    phase.set(Phase.IDLE);
    status.set("");
    error.set(message);
  }

  /** Plain words for a failed way in; sign-in errors already say what happened and what to do. */
  String describe(Throwable e) {
    if (e instanceof SignInException s) {
      return switch (s.reason()) {
        case ACCESS_DENIED -> m.get("signin.error.denied");
        case STATE_MISMATCH -> m.get("signin.error.stateMismatch");
        case NOT_CONFIGURED -> m.get("signin.hint.notConfigured");
        default -> s.getMessage();
      };
    }
    return ErrorMessages.describe(e, m);
  }

  /** Starts the browser sign-in and waits for it; cancel reaches the loopback receiver. */
  private Job<S> browserJob() {
    AtomicReference<PendingSignIn<S>> pending = new AtomicReference<>();
    AtomicBoolean cancelled = new AtomicBoolean();
    return Job.<S>of(
            m.get("signin.status.waiting"),
            context -> {
              if (cancelled.get()) {
                throw new SignInException(
                    SignInException.Reason.CANCELLED, "Sign-in was cancelled.");
              }
              PendingSignIn<S> started = gateway.startBrowserSignIn();
              pending.set(started);
              if (cancelled.get()) {
                started.cancel();
              }
              return started.await();
            })
        .onCancel(
            () -> {
              cancelled.set(true);
              PendingSignIn<S> started = pending.get();
              if (started != null) {
                started.cancel();
              }
            });
  }
}
