package io.recordingrescue.settings;

import io.recordingrescue.auth.AuthSettings;
import io.recordingrescue.auth.AuthSettingsStore;
import io.recordingrescue.webex.InvalidRequestException;
import io.recordingrescue.webex.WebexBaseUrl;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The settings in effect for one run, the same way for the window and the CLI, each value with
 * where it came from.
 *
 * <p>API base URL, first answer wins: {@code --api-base} (CLI only), {@value #API_BASE_ENV}, the
 * per-user settings file, the machine-wide settings file, Webex's. The other sign-in settings come
 * from the per-user file, then the machine-wide file, then the defaults. Folders: {@link
 * AppFolders}.
 *
 * @param auth the sign-in settings in effect, the API base override included
 * @param fromFiles the same without the option or environment override: what Settings saves over
 * @param sources for each {@link AuthSettingsStore#KEYS key} (and {@value #API_BASE}), its source
 */
public record EffectiveSettings(
    AppFolders folders, AuthSettings auth, AuthSettings fromFiles, Map<String, String> sources) {

  public static final String API_BASE_ENV = "WEBEX_API_BASE";
  public static final String API_BASE_OPTION = "--api-base";

  /** The name {@link #sources} uses for the API base URL. */
  public static final String API_BASE = AuthSettingsStore.API_BASE_URL;

  public EffectiveSettings {
    sources = Map.copyOf(sources);
  }

  /**
   * Reads both settings files and applies the overrides.
   *
   * @param apiBaseOption the CLI's {@code --api-base}, or null
   * @param env the environment ({@value #API_BASE_ENV} is read)
   * @throws io.recordingrescue.auth.SettingsFileException naming the file and key at fault
   * @throws InvalidRequestException when the option or the variable is not a usable URL (the
   *     message names which)
   */
  public static EffectiveSettings resolve(
      AppFolders folders, String apiBaseOption, Map<String, String> env) {
    AuthSettingsStore.Loaded loaded = store(folders).loadWithSources();
    Map<String, String> sources = new LinkedHashMap<>();
    for (String key : AuthSettingsStore.KEYS) {
      sources.put(key, loaded.sourceOf(key).map(Path::toString).orElse(Sourced.DEFAULT));
    }
    AuthSettings fromFiles = loaded.settings();
    AuthSettings auth = fromFiles;
    Optional<Sourced<URI>> override = apiBaseOverride(apiBaseOption, env);
    if (override.isPresent()) {
      auth =
          fromFiles.withEndpoints(
              override.get().value(), fromFiles.authorizeUrl(), fromFiles.tokenUrl());
      sources.put(API_BASE, override.get().source());
    }
    return new EffectiveSettings(folders, auth, fromFiles, sources);
  }

  /** The settings files these folders name. */
  public static AuthSettingsStore store(AppFolders folders) {
    return new AuthSettingsStore(
        folders.machineSettingsFile().value(), folders.userSettingsFile().value());
  }

  /** The API base URL in effect and where it came from. */
  public Sourced<URI> apiBase() {
    return new Sourced<>(auth.apiBaseUrl(), sources.get(API_BASE));
  }

  /** Where a sign-in setting ({@link AuthSettingsStore#KEYS}) came from. */
  public String sourceOf(String key) {
    return sources.getOrDefault(key, Sourced.DEFAULT);
  }

  /** True when the option or the environment, not a file, decided the API base URL. */
  public boolean apiBaseOverridden() {
    String source = sources.get(API_BASE);
    return source.equals(API_BASE_OPTION) || source.equals(API_BASE_ENV);
  }

  /**
   * What to write to the per-user file when the operator saves {@code edited} in Settings: an API
   * base URL that only the override gave stays out of the file, the file's own value is kept.
   */
  public AuthSettings toSave(AuthSettings edited) {
    if (apiBaseOverridden() && edited.apiBaseUrl().equals(auth.apiBaseUrl())) {
      return edited.withEndpoints(fromFiles.apiBaseUrl(), edited.authorizeUrl(), edited.tokenUrl());
    }
    return edited;
  }

  private static Optional<Sourced<URI>> apiBaseOverride(String option, Map<String, String> env) {
    if (option != null) {
      return Optional.of(new Sourced<>(parse(option, API_BASE_OPTION), API_BASE_OPTION));
    }
    String fromEnv = env.get(API_BASE_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(new Sourced<>(parse(fromEnv, API_BASE_ENV), API_BASE_ENV));
    }
    return Optional.empty();
  }

  private static URI parse(String text, String source) {
    try {
      return WebexBaseUrl.parse(text).uri();
    } catch (InvalidRequestException e) {
      throw new InvalidRequestException(source + ": " + e.getMessage());
    }
  }
}
