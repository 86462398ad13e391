package io.recordingrescue.ui.settings;

import io.recordingrescue.auth.AuthSettings;
import io.recordingrescue.auth.ScopeSet;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.webex.WebexBaseUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Settings dialog's rules. The saved client secret never comes back to the screen: the dialog
 * shows "(saved)" and a Change button, and an empty new secret keeps the saved one. Every
 * validation message names the field and never quotes the secret.
 */
public final class SettingsViewModel {
  private final SettingsSink sink;
  private final Messages m;
  private final AuthSettings original;

  private final StringProperty clientId = new SimpleStringProperty();
  private final StringProperty newSecret = new SimpleStringProperty("");
  private final BooleanProperty changingSecret = new SimpleBooleanProperty();
  private final SimpleBooleanProperty secretSaved = new SimpleBooleanProperty();
  private final StringProperty redirectPort = new SimpleStringProperty();
  private final ObjectProperty<ScopeSet> scopeSet = new SimpleObjectProperty<>();
  private final StringProperty apiBaseUrl = new SimpleStringProperty();
  private final SimpleStringProperty saveError = new SimpleStringProperty("");

  private final StringBinding clientIdError;
  private final StringBinding secretError;
  private final StringBinding portError;
  private final StringBinding apiUrlError;
  private final StringBinding firstError;
  private final BooleanBinding valid;

  public SettingsViewModel(SettingsSink sink, Messages messages) {
    this.sink = Objects.requireNonNull(sink);
    this.m = Objects.requireNonNull(messages);
    this.original = sink.current();
    clientId.set(original.clientId());
    secretSaved.set(!original.clientSecret().isEmpty());
    changingSecret.set(original.clientSecret().isEmpty());
    redirectPort.set(Integer.toString(original.redirectPort()));
    scopeSet.set(original.scopeSet());
    apiBaseUrl.set(original.apiBaseUrl().toString());

    clientIdError =
        Bindings.createStringBinding(() -> clientIdProblem(clientId.get(), m).orElse(""), clientId);
    secretError =
        Bindings.createStringBinding(
            () -> secretProblem().orElse(""), clientId, newSecret, changingSecret, secretSaved);
    portError =
        Bindings.createStringBinding(
            () -> portProblem(redirectPort.get(), m).orElse(""), redirectPort);
    apiUrlError =
        Bindings.createStringBinding(
            () -> apiUrlProblem(apiBaseUrl.get(), m).orElse(""), apiBaseUrl);
    firstError =
        Bindings.createStringBinding(
            () ->
                Stream.of(clientIdError, secretError, portError, apiUrlError)
                    .map(StringBinding::get)
                    .filter(s -> !s.isEmpty())
                    .findFirst()
                    .orElse(""),
            clientIdError,
            secretError,
            portError,
            apiUrlError);
    valid = firstError.isEmpty();
  }

  // ---- properties ----

  public StringProperty clientIdProperty() {
    return clientId;
  }

  /** The new secret being typed (a password field); empty keeps the saved one. */
  public StringProperty newSecretProperty() {
    return newSecret;
  }

  /** True while the secret field is shown: no secret saved yet, or Change was pressed. */
  public BooleanProperty changingSecretProperty() {
    return changingSecret;
  }

  public ReadOnlyBooleanProperty secretSavedProperty() {
    return secretSaved;
  }

  public StringProperty redirectPortProperty() {
    return redirectPort;
  }

  public ObjectProperty<ScopeSet> scopeSetProperty() {
    return scopeSet;
  }

  public StringProperty apiBaseUrlProperty() {
    return apiBaseUrl;
  }

  public StringBinding clientIdErrorProperty() {
    return clientIdError;
  }

  public StringBinding secretErrorProperty() {
    return secretError;
  }

  public StringBinding portErrorProperty() {
    return portError;
  }

  public StringBinding apiUrlErrorProperty() {
    return apiUrlError;
  }

  /** The first problem, for the line under the fields; empty when all is well. */
  public StringBinding firstErrorProperty() {
    return firstError;
  }

  public BooleanBinding validProperty() {
    return valid;
  }

  public ReadOnlyStringProperty saveErrorProperty() {
    return saveError;
  }

  public String whereSaved() {
    return sink.whereSaved();
  }

  // ---- actions ----

  /** "Change": shows an empty secret field; the saved secret is never put back on screen. */
  public void changeSecret() {
    newSecret.set("");
    changingSecret.set(true);
  }

  /**
   * Saves when valid.
   *
   * @return the saved settings, or empty when something is wrong (the messages say what)
   */
  public Optional<AuthSettings> save() {
    saveError.set("");
    if (!valid.get()) {
      return Optional.empty();
    }
    String secret =
        changingSecret.get() && !newSecret.get().isBlank()
            ? newSecret.get().trim()
            : original.clientSecret();
    URI api = URI.create(apiBaseUrl.get().trim().replaceAll("/+$", ""));
    AuthSettings updated;
    try {
      updated =
          original
              .withClient(clientId.get().trim(), secret)
              .withRedirectPort(Integer.parseInt(redirectPort.get().trim()))
              .withScopeSet(scopeSet.get())
              .withEndpoints(api, authorizeUrl(api), tokenUrl(api));
      sink.save(updated);
    } catch (RuntimeException e) {
      // AuthSettings and the store name the setting, never its secret value.
      saveError.set(m.format("settings.error.save", e.getMessage()));
      return Optional.empty();
    }
    newSecret.set("");
    secretSaved.set(!secret.isEmpty());
    changingSecret.set(secret.isEmpty());
    return Optional.of(updated);
  }

  /** Webex's sign-in endpoints sit under the API base; kept as they are when the base is. */
  private URI authorizeUrl(URI api) {
    return api.equals(original.apiBaseUrl())
        ? original.authorizeUrl()
        : URI.create(api + "/authorize");
  }

  private URI tokenUrl(URI api) {
    return api.equals(original.apiBaseUrl())
        ? original.tokenUrl()
        : URI.create(api + "/access_token");
  }

  /** A client id needs a secret; an empty new secret keeps the saved one. */
  private Optional<String> secretProblem() {
    boolean hasId = clientId.get() != null && !clientId.get().isBlank();
    boolean willHaveSecret =
        secretSaved.get() || (changingSecret.get() && !newSecret.get().isBlank());
    if (hasId && !willHaveSecret) {
      return Optional.of(m.get("settings.error.secretMissing"));
    }
    return Optional.empty();
  }

  // ---- rules (static so they can be tested one by one) ----

  static Optional<String> clientIdProblem(String value, Messages m) {
    String v = value == null ? "" : value.trim();
    if (v.chars().anyMatch(Character::isWhitespace)) {
      return Optional.of(m.get("settings.error.clientIdSpaces"));
    }
    return Optional.empty();
  }

  static Optional<String> portProblem(String value, Messages m) {
    String v = value == null ? "" : value.trim();
    try {
      int port = Integer.parseInt(v);
      if (port >= 1 && port <= 65535) {
        return Optional.empty();
      }
    } catch (NumberFormatException e) {
      // Falls through to the message.
    }
    return Optional.of(m.format("settings.error.port", v));
  }

  static Optional<String> apiUrlProblem(String value, Messages m) {
    String v = value == null ? "" : value.trim();
    if (v.isEmpty()) {
      return Optional.of(m.get("settings.error.apiMissing"));
    }
    URI uri;
    try {
      uri = new URI(v);
    } catch (URISyntaxException e) {
      return Optional.of(m.format("settings.error.apiInvalid", v));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      return Optional.of(m.format("settings.error.apiInvalid", v));
    }
    if (scheme.equals("http") && !WebexBaseUrl.isLoopback(uri.getHost())) {
      return Optional.of(m.get("settings.error.apiHttps"));
    }
    if (uri.getQuery() != null || uri.getFragment() != null) {
      return Optional.of(m.format("settings.error.apiInvalid", v));
    }
    return Optional.empty();
  }
}
