package io.recordingrescue.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in-process with captured streams, a chosen env and a Ctrl+C button. */
final class CliRun {
  final Map<String, String> env = new HashMap<>();
  final ManualInterrupts interrupts = new ManualInterrupts();
  String stdin = "";
  boolean terminal;
  SignIn signIn;
  RestoreJobs.Factory jobs;

  CliRun(Path dataDir) {
    env.put(CliEnvironment.DATA_DIR_ENV, dataDir.toString());
  }

  CliRun api(String baseUrl, String token) {
    env.put(CliEnvironment.API_BASE_ENV, baseUrl);
    if (token == null) {
      env.remove(CliEnvironment.TOKEN_ENV);
    } else {
      env.put(CliEnvironment.TOKEN_ENV, token);
    }
    return this;
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliEnvironment environment =
        new CliEnvironment(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            terminal,
            interrupts,
            Clock.systemUTC(),
            Map.of());
    int code =
        Cli.run(
            args,
            environment,
            signIn != null ? signIn : Wiring.signIn(environment),
            jobs != null ? jobs : Wiring.jobs());
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }
}
