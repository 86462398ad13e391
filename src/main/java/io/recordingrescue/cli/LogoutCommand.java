package io.recordingrescue.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "logout", description = "Forget the stored sign-in on this machine.")
final class LogoutCommand implements Callable<Integer> {
  private final CliContext ctx;

  LogoutCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    boolean had = ctx.signIn().logout();
    ctx.result(had ? "Signed out." : "Nobody was signed in.");
    if (ctx.env().envOrNull(CliEnvironment.TOKEN_ENV) != null) {
      ctx.note("WEBEX_TOKEN is still set in this shell; unset it to stop using that token.");
    }
    return ExitCode.OK;
  }
}
