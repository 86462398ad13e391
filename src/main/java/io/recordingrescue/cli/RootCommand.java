package io.recordingrescue.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(
    name = "rescue",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    version = "Recording Rescue 1.0.0",
    sortOptions = false,
    usageHelpAutoWidth = true,
    // No `header`: with scope INHERIT it would replace every sub-command's summary in the list.
    description = {
      "Find and restore deleted Webex recordings from the command line.",
      "The access token comes from env WEBEX_TOKEN or the stored sign-in (rescue login)."
          + " Administrator or user is detected from the token. Results go to standard output,"
          + " progress and messages to standard error.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all done",
      "1:partly failed, cancelled or declined (resumable jobs are kept: rescue jobs)",
      "2:bad usage or input (nothing was sent)",
      "3:sign-in needed, or refused (wrong account or no admin rights)",
      "4:network or server failure"
    },
    footerHeading = "%nEnvironment:%n",
    footer = {
      "  WEBEX_TOKEN                access token to use instead of the stored sign-in",
      "  WEBEX_API_BASE             API base URL (--api-base wins over it; it wins over",
      "                             webex.apiBaseUrl in the settings files)",
      "  RECORDING_RESCUE_DATA_DIR  folder for the job journal, audit exports, sign-in",
      "                             and this user's settings file config.properties",
      "`rescue whoami` shows each setting in effect and where it came from."
    })
final class RootCommand implements Callable<Integer> {
  @Mixin final GlobalOptions global;

  @Spec CommandSpec spec;

  private final CliEnvironment env;

  RootCommand(GlobalOptions global, CliEnvironment env) {
    this.global = global;
    this.env = env;
  }

  @Override
  public Integer call() {
    env.err().println("rescue: name a command, e.g. `rescue list`; `rescue --help` lists them.");
    return ExitCode.BAD_INPUT;
  }
}
