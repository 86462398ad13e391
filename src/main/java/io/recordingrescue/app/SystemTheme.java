package io.recordingrescue.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the OS is set to dark mode. JavaFX 21 cannot tell (its platform preferences come with
 * JavaFX 22), so this asks the OS's own tool: the registry on Windows, {@code defaults} on macOS,
 * {@code gsettings} on GNOME. Anything unknown, missing or slow counts as light. Runs a process:
 * call it off the FX thread.
 */
final class SystemTheme {
  /** Runs a command and gives its standard output when it exits with 0 in time. */
  interface CommandRunner {
    Optional<String> run(List<String> command);
  }

  static final List<String> WINDOWS =
      List.of(
          "reg",
          "query",
          "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
          "/v",
          "AppsUseLightTheme");
  static final List<String> MACOS = List.of("defaults", "read", "-g", "AppleInterfaceStyle");
  static final List<String> GNOME_SCHEME =
      List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
  static final List<String> GNOME_GTK_THEME =
      List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme");

  private final String osName;
  private final CommandRunner runner;

  SystemTheme(String osName, CommandRunner runner) {
    this.osName = osName.toLowerCase(Locale.ROOT);
    this.runner = runner;
  }

  /** This computer's OS and real processes (two seconds at most each). */
  static SystemTheme forThisOs() {
    return new SystemTheme(System.getProperty("os.name", ""), SystemTheme::runProcess);
  }

  CommandRunner runner() {
    return runner;
  }

  boolean isDark() {
    if (osName.startsWith("windows")) {
      // "AppsUseLightTheme    REG_DWORD    0x0" means dark apps.
      return runner
          .run(WINDOWS)
          .map(out -> out.matches("(?s).*REG_DWORD\\s+0x0+\\s*"))
          .orElse(false);
    }
    if (osName.startsWith("mac")) {
      // The key exists only in dark mode; in light mode the command fails.
      return runner.run(MACOS).map(out -> out.trim().equalsIgnoreCase("dark")).orElse(false);
    }
    Optional<String> scheme = runner.run(GNOME_SCHEME);
    if (scheme.isPresent() && scheme.get().contains("prefer-dark")) {
      return true;
    }
    if (scheme.isPresent() && scheme.get().contains("prefer-light")) {
      return false;
    }
    // Older GNOME, or "default": a theme named like "Adwaita-dark".
    return runner
        .run(GNOME_GTK_THEME)
        .map(out -> out.toLowerCase(Locale.ROOT).contains("-dark"))
        .orElse(false);
  }

  private static Optional<String> runProcess(List<String> command) {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      return Optional.empty(); // the tool is not there: not this desktop
    }
    try (InputStream out = process.getInputStream()) {
      process.getOutputStream().close();
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      out.transferTo(text);
      return process.exitValue() == 0
          ? Optional.of(text.toString(StandardCharsets.UTF_8))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return Optional.empty();
    }
  }
}
