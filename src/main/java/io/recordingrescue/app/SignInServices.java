package io.recordingrescue.app;

import io.recordingrescue.auth.AuthSettings;
import io.recordingrescue.auth.AuthSettingsStore;
import io.recordingrescue.auth.BrowserOpener;
import io.recordingrescue.auth.FileTokenStore;
import io.recordingrescue.auth.LoopbackReceiver;
import io.recordingrescue.auth.ScopeSet;
import io.recordingrescue.auth.TokenManager;
import io.recordingrescue.auth.TokenStore;
import io.recordingrescue.auth.TokenStores;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.oauth.SandboxOAuthEndpoints;
import io.recordingrescue.settings.AppFolders;
import io.recordingrescue.settings.EffectiveSettings;
import io.recordingrescue.ui.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Everything sign-in needs for one run of the app, built once: settings, the token store and
 * manager, the OAuth client, the one shared OkHttp client, and in sandbox mode the embedded sandbox
 * with its OAuth endpoints.
 */
public final class SignInServices implements AutoCloseable {
  /** The sandbox's integration (public: it only works against the embedded sandbox). */
  public static final String SANDBOX_CLIENT_ID = "recording-rescue-sandbox";

  public static final String SANDBOX_CLIENT_SECRET = "sandbox-only-secret";

  private final SettingsHolder settings;
  private final TokenManager tokens;
  private final OAuthClients oauth;
  private final FirstUse<OkHttpClient> http = new FirstUse<>(() -> new OkHttpClient());
  private final SandboxServer sandbox;
  private final AppSignIn gateway;
  private final TokenStore tokenStore;
  private final String apiBaseSource;

  private SignInServices(
      SettingsHolder settings,
      TokenStore tokenStore,
      Clock clock,
      BrowserOpener browser,
      Duration browserTimeout,
      SandboxServer sandbox,
      Messages messages,
      Optional<String> startupProblem,
      String apiBaseSource) {
    this.settings = settings;
    this.apiBaseSource = apiBaseSource;
    this.tokenStore = tokenStore;
    this.sandbox = sandbox;
    this.oauth = new OAuthClients(settings::current, clock);
    this.tokens = new TokenManager(oauth, tokenStore, clock);
    this.gateway =
        new AppSignIn(
            settings::current,
            tokens,
            oauth,
            http,
            browser,
            clock,
            browserTimeout,
            sandbox,
            sandbox == null
                ? ""
                : messages.format(
                    "signin.sandbox.tokenHint", sandbox.adminToken(), sandbox.userToken()),
            startupProblem);
  }

  /**
   * Sandbox mode: starts the embedded sandbox with its OAuth endpoints (fixed sandbox client id and
   * secret) and points in-memory settings at it, with admin scopes and a free redirect port.
   *
   * @param tokenFile where "keep me signed in" saves sandbox tokens (a temporary file in the app)
   */
  public static SignInServices sandbox(
      SandboxConfig config,
      Path tokenFile,
      BrowserOpener browser,
      Duration browserTimeout,
      Messages messages) {
    SandboxServer server = SandboxServer.start(config);
    try {
      SandboxOAuthEndpoints.installOn(
          server,
          SANDBOX_CLIENT_ID,
          SANDBOX_CLIENT_SECRET,
          SandboxOAuthEndpoints.Lifetimes.webexLike());
      URI api = server.baseUrl();
      AuthSettings settings =
          new AuthSettings(
              SANDBOX_CLIENT_ID,
              SANDBOX_CLIENT_SECRET,
              freeLoopbackPort(),
              ScopeSet.ADMIN,
              api,
              URI.create(api + "/authorize"),
              URI.create(api + "/access_token"));
      return new SignInServices(
          new SettingsHolder(settings, null, messages.get("settings.where.sandbox")),
          new FileTokenStore(tokenFile),
          config.clock(),
          browser,
          browserTimeout,
          server,
          messages,
          Optional.empty(),
          "the embedded sandbox");
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /**
   * Webex mode: settings as {@link EffectiveSettings} resolves them for the window and the CLI
   * alike ({@code WEBEX_API_BASE}, then the per-user file, then the machine-wide file), tokens in
   * the data folder's keychain entry or owner-only file ({@link TokenStores}), picked when the
   * tokens are first needed (the saved-sign-in check, after the window is shown). A settings file
   * the app cannot use is reported on the sign-in screen, naming the file and the key; Webex's
   * defaults are used meanwhile, and Settings refuses to save over that file until it is fixed.
   */
  public static SignInServices webex(
      AppFolders folders, Map<String, String> env, BrowserOpener browser, Messages messages) {
    return webex(
        folders,
        env,
        TokenStores.preferredOnFirstUse(folders.dataDir().value(), folders.usualDataDir()),
        browser,
        messages);
  }

  /** As above, with the token store given (tests keep tokens away from the OS keychain). */
  static SignInServices webex(
      AppFolders folders,
      Map<String, String> env,
      TokenStore tokenStore,
      BrowserOpener browser,
      Messages messages) {
    AuthSettingsStore store = EffectiveSettings.store(folders);
    SettingsHolder holder;
    String apiBaseSource;
    Optional<String> problem = Optional.empty();
    String whereSaved = messages.format("settings.where.file", store.userFile());
    try {
      EffectiveSettings effective = EffectiveSettings.resolve(folders, null, env);
      holder = new SettingsHolder(effective.auth(), store, whereSaved, effective::toSave);
      apiBaseSource = effective.apiBase().source();
    } catch (RuntimeException e) {
      holder = new SettingsHolder(AuthSettings.webexDefaults(), store, whereSaved);
      apiBaseSource = "defaults, because the settings could not be used";
      problem = Optional.of(e.getMessage());
    }
    return new SignInServices(
        holder,
        tokenStore,
        Clock.systemUTC(),
        browser,
        LoopbackReceiver.DEFAULT_TIMEOUT,
        null,
        messages,
        problem,
        apiBaseSource);
  }

  /** A port nobody listens on now, for the sandbox's redirect URI. */
  static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on 127.0.0.1 for the sign-in redirect", e);
    }
  }

  AppSignIn gateway() {
    return gateway;
  }

  SettingsHolder settings() {
    return settings;
  }

  public TokenManager tokens() {
    return tokens;
  }

  public TokenStore tokenStore() {
    return tokenStore;
  }

  /** The embedded sandbox in sandbox mode. */
  public Optional<SandboxServer> sandbox() {
    return Optional.ofNullable(sandbox);
  }

  /** The API base URL in effect and where it came from, for the start-up line. */
  public String describeApiBase() {
    return settings.current().apiBaseUrl() + " (from " + apiBaseSource + ")";
  }

  /** Current sign-in settings (sandbox URLs in sandbox mode). */
  public AuthSettings currentSettings() {
    return settings.current();
  }

  /** True once something has used the shared HTTP client (it is made on first use). */
  boolean httpStarted() {
    return http.made();
  }

  @Override
  public void close() {
    oauth.close();
    http.ifMade(
        client -> {
          client.dispatcher().executorService().shutdown();
          client.connectionPool().evictAll();
          try {
            client.dispatcher().executorService().awaitTermination(2, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
