package io.recordingrescue.cli;

import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.webex.ForbiddenException;
import io.recordingrescue.webex.SignInRequiredException;
import io.recordingrescue.webex.WebexException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The headless command line: {@code rescue COMMAND ...}. {@link #run} is the testable entry (no
 * System.exit); {@link #main} runs it on the real streams and exits with its code.
 */
public final class Cli {
  /** The command names; the app's Launcher starts the CLI when its first argument is one. */
  public static final List<String> COMMANDS =
      List.of(
          "list",
          "restore",
          "restore-all",
          "jobs",
          "resume",
          "export",
          "login",
          "logout",
          "whoami",
          "sandbox");

  /** How long Ctrl+C waits for a job to finish its requests in flight and its journal. */
  static final Duration CTRL_C_GRACE = Duration.ofSeconds(10);

  private Cli() {}

  public static void main(String[] args) {
    SandboxServer.preferImmediateReplies(); // the sandbox command serves from this process
    quietLogging(args);
    int code = run(args, System.in, System.out, System.err, System.getenv());
    System.out.flush();
    System.exit(code);
  }

  /** The core logs progress at INFO for the window's log file; on a terminal that is noise. */
  private static void quietLogging(String[] args) {
    boolean verbose =
        java.util.Arrays.asList(args).contains("--verbose")
            || java.util.Arrays.asList(args).contains("-v");
    java.util.logging.Logger.getLogger("")
        .setLevel(verbose ? java.util.logging.Level.INFO : java.util.logging.Level.WARNING);
  }

  /** True when {@code args} starts with a CLI command (or a help/version flag of the CLI). */
  public static boolean isCliCommand(String[] args) {
    return args != null && args.length > 0 && COMMANDS.contains(args[0]);
  }

  /** Runs one command; returns its exit code (see {@link ExitCode}). */
  public static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    Map<String, String> properties = new HashMap<>();
    System.getProperties().forEach((k, v) -> properties.put(k.toString(), v.toString()));
    CliEnvironment environment =
        new CliEnvironment(
            in,
            out,
            err,
            env,
            System.console() != null,
            Interrupts.shutdownHooks(CTRL_C_GRACE),
            Clock.systemUTC(),
            properties);
    return run(args, environment);
  }

  /** Runs one command in a given environment, with the default sign-in and job store. */
  public static int run(String[] args, CliEnvironment env) {
    SignIn signIn;
    try {
      signIn = Wiring.signIn(env);
    } catch (CliException e) { // e.g. a data folder override that is not a path
      env.err().println("rescue: " + e.getMessage());
      return e.exitCode();
    }
    return run(args, env, signIn, Wiring.jobs());
  }

  static int run(String[] args, CliEnvironment env, SignIn signIn, RestoreJobs.Factory jobs) {
    GlobalOptions global = new GlobalOptions();
    CliContext ctx = new CliContext(env, global, signIn, jobs);
    CommandLine cli = new CommandLine(new RootCommand(global, env));
    cli.addSubcommand(new ListCommand(ctx));
    cli.addSubcommand(new RestoreCommand(ctx));
    cli.addSubcommand(new RestoreAllCommand(ctx));
    cli.addSubcommand(new JobsCommand(ctx));
    cli.addSubcommand(new ResumeCommand(ctx));
    cli.addSubcommand(new ExportCommand(ctx));
    cli.addSubcommand(new LoginCommand(ctx));
    cli.addSubcommand(new LogoutCommand(ctx));
    cli.addSubcommand(new WhoamiCommand(ctx));
    cli.addSubcommand(new SandboxCommand(ctx));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(env.out(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(env.err(), true, StandardCharsets.UTF_8));
    cli.setParameterExceptionHandler(Cli::badUsage);
    cli.setExecutionExceptionHandler(
        (failure, command, parseResult) -> {
          env.err().println("rescue: " + message(failure));
          if (global.verbose && ExitCode.of(failure) == ExitCode.PARTLY_FAILED) {
            failure.printStackTrace(env.err());
          }
          return ExitCode.of(failure);
        });
    int code = cli.execute(args == null ? new String[0] : args);
    env.out().flush();
    env.err().flush();
    return code;
  }

  private static int badUsage(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    command
        .getErr()
        .println(
            "rescue: "
                + e.getMessage()
                + " (see `"
                + command.getCommandSpec().qualifiedName()
                + " --help`)");
    return ExitCode.BAD_INPUT;
  }

  /** One line for the operator; never a stack trace, never a token. */
  static String message(Throwable failure) {
    if (failure instanceof SignInRequiredException e) {
      return e.getMessage() + ". Sign in again (rescue login) or set a fresh WEBEX_TOKEN.";
    }
    if (failure instanceof ForbiddenException e) {
      return e.getMessage() + ". This account may not do that; ask a Webex administrator.";
    }
    if (failure instanceof CliException
        || failure instanceof WebexException
        || failure instanceof io.recordingrescue.auth.SignInException
        || failure instanceof io.recordingrescue.auth.SettingsFileException) {
      return failure.getMessage();
    }
    if (failure instanceof UncheckedIOException e) {
      return e.getMessage() + " (" + e.getCause().getClass().getSimpleName() + ")";
    }
    if (failure instanceof InterruptedException) {
      return "Interrupted.";
    }
    return "Unexpected " + failure.getClass().getSimpleName() + ": " + failure.getMessage();
  }
}
