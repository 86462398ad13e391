package io.recordingrescue.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command takes; declared once on the root and inherited by the subcommands. */
final class GlobalOptions {

  @Option(
      names = "--api-base",
      paramLabel = "URL",
      scope = ScopeType.INHERIT,
      description =
          "Webex API base URL; wins over env WEBEX_API_BASE, then webex.apiBaseUrl in the user's"
              + " and the machine-wide settings file, then https://webexapis.com/v1.")
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
}
