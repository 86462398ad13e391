package io.recordingrescue.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "login",
    description = "Sign in to Webex in the browser and keep the sign-in for later commands.")
final class LoginCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(
      names = "--no-browser",
      description = "Print the sign-in URL instead of opening a browser (e.g. over ssh).")
  boolean noBrowser;

  LoginCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws InterruptedException {
    ctx.signIn().login(!noBrowser, ctx.env().out());
    ctx.note("Signed in. `rescue whoami` shows the account.");
    return ExitCode.OK;
  }
}
