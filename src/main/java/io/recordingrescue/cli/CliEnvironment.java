package io.recordingrescue.cli;

import io.recordingrescue.settings.AppFolders;
import io.recordingrescue.settings.EffectiveSettings;
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

  /**
   * Env variable that points the journal, tokens, ledger and settings at another folder (see {@link
   * AppFolders} for the order).
   */
  public static final String DATA_DIR_ENV = AppFolders.DATA_DIR_ENV;

  /** System property with the same meaning; it wins over the env variable. */
  public static final String DATA_DIR_PROPERTY = AppFolders.DATA_DIR_PROPERTY;

  public static final String TOKEN_ENV = "WEBEX_TOKEN";
  public static final String API_BASE_ENV = EffectiveSettings.API_BASE_ENV;

  public CliEnvironment {
    env = Map.copyOf(env);
    properties = Map.copyOf(properties);
  }

  public String envOrNull(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The folders, resolved by {@link AppFolders} as the window does. */
  public AppFolders folders() {
    try {
      return AppFolders.resolve(env, properties);
    } catch (IllegalArgumentException e) {
      throw CliException.badInput(e.getMessage());
    }
  }

  /** The per-user data folder (journal, tokens, first-seen ledger). */
  public Path dataDir() {
    return folders().dataDir().value();
  }
}
