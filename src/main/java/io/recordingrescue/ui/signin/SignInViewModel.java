package io.recordingrescue.ui.signin;

import io.recordingrescue.auth.SignInException;
import io.recordingrescue.ui.ErrorMessages;
import io.recordingrescue.ui.Job;
import io.recordingrescue.ui.JobContext;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.webex.SignInRequiredException;
import java.util.Objects;
import java.util.Optional;
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

  private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.IDLE);
  private final StringProperty error = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty token = new SimpleStringProperty("");
  private final BooleanProperty keepSignedIn = new SimpleBooleanProperty(false);
  private final BooleanProperty browserConfigured = new SimpleBooleanProperty();
  private final BooleanBinding busy = phase.isNotEqualTo(Phase.IDLE);
  private final BooleanBinding canUseBrowser = busy.not().and(browserConfigured);
  private final BooleanBinding canUseToken =
      busy.not().and(Bindings.createBooleanBinding(() -> !token.get().isBlank(), token));
  private final AtomicReference<BrowserJob> browserJob = new AtomicReference<>();

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
    this.gateway = Objects.requireNonNull(gateway);
    this.ui = Objects.requireNonNull(ui);
    this.m = Objects.requireNonNull(messages);
    this.onSignedIn = Objects.requireNonNull(onSignedIn);
    this.settingsOpener = Objects.requireNonNull(settingsOpener);
    browserConfigured.set(gateway.browserSignInConfigured());
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

  public boolean sandbox() {
    return gateway.sandboxDemo().isPresent();
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
    begin(Phase.CHECKING_SAVED, m.get("signin.status.checkingSaved"));
    ui.submit(
        simpleJob(m.get("signin.status.checkingSaved"), gateway::restoreSaved),
        found -> {
          if (found.isPresent()) {
            succeed(found.get());
          } else {
            end("");
          }
        },
        e ->
            fail(
                e instanceof SignInRequiredException
                    ? m.get("signin.error.savedExpired")
                    : describe(e)));
  }

  /** "Sign in with Webex": opens the browser and waits for its answer. */
  public void signInWithBrowser() {
    if (!canUseBrowser.get()) {
      return;
    }
    BrowserJob job = new BrowserJob();
    browserJob.set(job);
    begin(Phase.WAITING_FOR_BROWSER, m.get("signin.status.waiting"));
    ui.submit(
        job,
        session -> {
          browserJob.compareAndSet(job, null);
          succeed(session);
        },
        e -> {
          browserJob.compareAndSet(job, null);
          if (e instanceof SignInException s && s.reason() == SignInException.Reason.CANCELLED) {
            end(m.get("signin.status.cancelled"));
          } else {
            fail(describe(e));
          }
        });
  }

  /** Cancel while waiting for the browser: frees the redirect port at once. */
  public void cancel() {
    BrowserJob job = browserJob.get();
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
    ui.submit(
        simpleJob(
            m.get("signin.status.checkingToken"), () -> gateway.signInWithToken(pasted, keep)),
        session -> {
          token.set("");
          succeed(session);
        },
        e ->
            fail(
                e instanceof SignInRequiredException
                    ? m.get("signin.error.tokenRejected")
                    : describe(e)));
  }

  /** Sandbox mode only: signs in as the sandbox's admin or user without a browser. */
  public void continueAsSandbox(boolean admin) {
    Optional<SignInGateway.SandboxDemo<S>> demo = gateway.sandboxDemo();
    if (demo.isEmpty() || busy.get()) {
      return;
    }
    begin(Phase.CHECKING, m.get("signin.status.opening"));
    ui.submit(
        simpleJob(m.get("signin.status.opening"), () -> demo.get().continueAs(admin)),
        this::succeed,
        e -> fail(describe(e)));
  }

  /** Opens Settings; afterwards the browser button follows the new settings. */
  public void openSettings() {
    settingsOpener.run();
    browserConfigured.set(gateway.browserSignInConfigured());
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

  /** Blocking work that cannot be cancelled half-way (one or two HTTP calls). */
  private static <T> Job<T> simpleJob(String title, java.util.function.Supplier<T> work) {
    return new Job<>() {
      @Override
      public String title() {
        return title;
      }

      @Override
      public T run(JobContext context) {
        return work.get();
      }

      @Override
      public void cancel() {
        // One short request; the answer is simply used or dropped.
      }
    };
  }

  /** Starts the browser sign-in and waits for it; cancel reaches the loopback receiver. */
  private final class BrowserJob implements Job<S> {
    private final AtomicReference<PendingSignIn<S>> pending = new AtomicReference<>();
    private volatile boolean cancelled;

    @Override
    public String title() {
      return m.get("signin.status.waiting");
    }

    @Override
    public S run(JobContext context) {
      if (cancelled) {
        throw new SignInException(SignInException.Reason.CANCELLED, "Sign-in was cancelled.");
      }
      PendingSignIn<S> started = gateway.startBrowserSignIn();
      pending.set(started);
      if (cancelled) {
        started.cancel();
      }
      return started.await();
    }

    @Override
    public void cancel() {
      cancelled = true;
      PendingSignIn<S> started = pending.get();
      if (started != null) {
        started.cancel();
      }
    }
  }
}
