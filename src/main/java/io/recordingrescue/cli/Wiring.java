package io.recordingrescue.cli;

/** The real sign-in and job store behind the CLI (the composition of this entry point). */
final class Wiring {
  private Wiring() {}

  static SignIn signIn(CliEnvironment env) {
    return AuthSignIn.of(env);
  }

  static RestoreJobs.Factory jobs() {
    return EngineRestoreJobs.factory(java.time.Clock.systemUTC());
  }
}
