package io.recordingrescue.cli;

import io.recordingrescue.webex.WebexBaseUrl;
import java.net.URI;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command takes; declared once on the root and inherited by the subcommands. */
final class GlobalOptions {

  @Option(
      names = "--api-base",
      paramLabel = "URL",
      scope = ScopeType.INHERIT,
      description = "Webex API base URL (env WEBEX_API_BASE; default https://webexapis.com/v1).")
  String apiBase;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "Only results and errors: no progress, no notes.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "More detail: each page, batch and retry, and Webex's trackingIds.")
  boolean verbose;

  /** The validated API base: option, then env, then Webex's. */
  URI apiBase(CliEnvironment env) {
    String text = apiBase != null ? apiBase : env.envOrNull(CliEnvironment.API_BASE_ENV);
    return text == null ? WebexBaseUrl.WEBEX : WebexBaseUrl.parse(text).uri();
  }
}
