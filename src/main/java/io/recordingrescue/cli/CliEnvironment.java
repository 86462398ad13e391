package io.recordingrescue.cli;

import io.recordingrescue.restore.DataDirs;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may touch outside itself: standard streams, environment, whether standard error is
 * a terminal, where Ctrl+C arrives, the clock and the system properties that name folders. Built
 * once by {@link Cli} and passed to every command by constructor.
 */
public record CliEnvironment(
    InputStream in,
    PrintStream out,
    PrintStream err,
    Map<String, String> env,
    boolean terminal,
    Interrupts interrupts,
    Clock clock,
    Map<String, String> properties) {

  /** Env variable that points the journal, audit exports and sign-in at another folder. */
  public static final String DATA_DIR_ENV = DataDirs.OVERRIDE_ENV;

  /** System property with the same meaning (the env variable wins). */
  public static final String DATA_DIR_PROPERTY = DataDirs.OVERRIDE_PROPERTY;

  public static final String TOKEN_ENV = "WEBEX_TOKEN";
  public static final String API_BASE_ENV = "WEBEX_API_BASE";

  public CliEnvironment {
    env = Map.copyOf(env);
    properties = Map.copyOf(properties);
  }

  public String envOrNull(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * The per-user data folder: system property, then env, then the OS default (the same order as
   * {@link DataDirs#perUser()}, so the window and the CLI always share one journal).
   */
  public Path dataDir() {
    String fromProperty = properties.get(DATA_DIR_PROPERTY);
    if (fromProperty != null && !fromProperty.isBlank()) {
      return Path.of(fromProperty.strip());
    }
    String fromEnv = envOrNull(DATA_DIR_ENV);
    if (fromEnv != null) {
      return Path.of(fromEnv);
    }
    return DataDirs.perUser(
        properties.getOrDefault("os.name", ""), env, properties.getOrDefault("user.home", "."));
  }
}
