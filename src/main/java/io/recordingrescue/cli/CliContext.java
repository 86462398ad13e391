package io.recordingrescue.cli;

/** What every command gets: the environment, the global options, sign-in and the job store. */
final class CliContext {
  private final CliEnvironment env;
  private final GlobalOptions global;
  private final SignIn signIn;
  private final RestoreJobs.Factory jobs;

  CliContext(CliEnvironment env, GlobalOptions global, SignIn signIn, RestoreJobs.Factory jobs) {
    this.env = env;
    this.global = global;
    this.signIn = signIn;
    this.jobs = jobs;
  }

  CliEnvironment env() {
    return env;
  }

  GlobalOptions global() {
    return global;
  }

  SignIn signIn() {
    return signIn;
  }

  Connection connect() {
    return Connection.open(global, env, signIn);
  }

  RestoreJobs jobs(Connection connection) {
    return jobs.open(env.dataDir(), connection == null ? null : connection.client());
  }

  /** Results: standard output. */
  void result(String line) {
    env.out().println(line);
  }

  /** Notes for the operator: standard error, unless --quiet. */
  void note(String line) {
    if (!global.quiet) {
      env.err().println(line);
    }
  }

  /** Detail: standard error, only with --verbose. */
  void detail(String line) {
    if (global.verbose && !global.quiet) {
      env.err().println(line);
    }
  }

  ProgressPrinter progress() {
    return new ProgressPrinter(env.err(), env.terminal(), global.quiet, env.clock());
  }
}
