package io.recordingrescue.cli;

import io.recordingrescue.settings.EffectiveSettings;

/** What every command gets: the environment, the global options, sign-in and the job store. */
final class CliContext {
  private final CliEnvironment env;
  private final GlobalOptions global;
  private final SignIn signIn;
  private final RestoreJobs.Factory jobs;
  private EffectiveSettings settings;

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

  /**
   * The settings in effect, resolved once per command as the window resolves them ({@link
   * EffectiveSettings}); a bad settings file or {@code --api-base} is bad input.
   */
  EffectiveSettings settings() {
    if (settings == null) {
      settings = EffectiveSettings.resolve(env.folders(), global.apiBase, env.env());
    }
    return settings;
  }

  Connection connect() {
    return Connection.open(settings(), env, signIn);
  }

  RestoreJobs jobs(Connection connection) {
    return jobs.open(env.dataDir(), connection == null ? null : connection.client());
  }

  /**
   * Tells the operator, at the start of a command that talks to Webex, about journalled jobs that
   * did not finish (cancelled, paused, cut off by a crash), and how to finish them.
   */
  void remindUnfinishedJobs() {
    java.util.List<String> unfinished;
    try {
      unfinished =
          jobs(null).list().stream()
              .filter(RestoreJobs.JobSummary::resumable)
              .map(RestoreJobs.JobSummary::jobId)
              .toList();
    } catch (RuntimeException e) { // A reminder must never stop the command itself.
      detail("Could not read the job journal: " + e.getMessage());
      return;
    }
    if (!unfinished.isEmpty()) {
      note(
          unfinished.size()
              + " unfinished restore job(s) on this machine: "
              + String.join(", ", unfinished.subList(0, Math.min(5, unfinished.size())))
              + (unfinished.size() > 5 ? ", ..." : "")
              + ". Finish with `rescue resume JOB` (`rescue jobs` lists them).");
    }
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
